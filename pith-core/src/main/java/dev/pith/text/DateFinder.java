package dev.pith.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date in plain text: ISO dates ({@code 2022-09-28}), {@code 2022/09/28},
 * {@code 28.09.2022}, and month-name dates in the major languages ({@code September 28, 2022},
 * {@code 28 septembre 2022}, {@code 28. September 2022}). A date labelled "date", "published"
 * or "posted" wins; else the first date on a short line (a byline or date line). Dates inside
 * prose are not taken: a wrong date is worse than none.
 */
public final class DateFinder {

    /** Only this many characters of a line are searched: dates sit at the start of their line. */
    static final int SCAN_CHARS = 200;
    /** Unlabelled dates are taken only from lines this short. */
    static final int MAX_DATE_LINE_WORDS = 12;
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;

    private static final Pattern NUMERIC = Pattern.compile(
            "(?<!\\d)(?:(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}))(?!\\d)");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?<!\\p{L})(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|\\.|er)?\\s+(?:de\\s+|of\\s+)?(\\p{L}{3,10})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(\\s*[ap]\\.?m\\.?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(date|published|posted|publication|veröffentlicht|publié|publicado|pubblicato|gepubliceerd)\\W{0,3}(on\\W{0,2})?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        months("january february march april may june july august september october november december");
        months("jan feb mar apr may jun jul aug sep oct nov dec");
        months("januar februar märz april mai juni juli august september oktober november dezember");
        months("janvier février mars avril mai juin juillet août septembre octobre novembre décembre");
        months("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre");
        months("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre");
        months("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro");
        months("januari februari maart april mei juni juli augustus september oktober november december");
        MONTHS.put("sept", 9);
    }

    private DateFinder() {
    }

    private static void months(String names) {
        String[] n = names.split(" ");
        for (int i = 0; i < n.length; i++) {
            MONTHS.putIfAbsent(n[i], i + 1);
        }
    }

    /** The publication date of a document given as lines, ISO {@code yyyy-MM-dd}, or empty. */
    public static String published(List<String> lines) {
        String firstShort = "";
        for (String line : lines) {
            String head = line.length() > SCAN_CHARS ? line.substring(0, SCAN_CHARS) : line;
            Found f = first(head);
            if (f == null) {
                continue;
            }
            if (PUBLISHED_LABEL.matcher(head.substring(Math.max(0, f.start - 25), f.start)).find()) {
                return f.iso;
            }
            if (firstShort.isEmpty() && dev.pith.util.TextMetrics.words(line) <= MAX_DATE_LINE_WORDS) {
                firstShort = f.iso;
            }
        }
        return firstShort;
    }

    /** The first date in a string, ISO, or empty. */
    public static String find(String s) {
        Found f = first(s.length() > SCAN_CHARS ? s.substring(0, SCAN_CHARS) : s);
        return f == null ? "" : f.iso;
    }

    /** True when the line holds a date or a clock time (a byline or date line). */
    static boolean isDateLine(String line) {
        return hasDigit(line) && (!find(line).isEmpty() || line.indexOf(':') >= 0 && TIME.matcher(line).find());
    }

    private record Found(int start, String iso) {
    }

    private static Found first(String s) {
        if (!hasYear(s)) {
            return null; // every date form has a four-digit year: skip the regular expressions
        }
        Found best = null;
        Matcher m = NUMERIC.matcher(s);
        while (m.find()) {
            String iso = m.group(1) != null ? iso(m.group(1), m.group(2), m.group(3))
                    : iso(m.group(6), m.group(5), m.group(4));
            if (iso != null) {
                best = new Found(m.start(), iso);
                break;
            }
        }
        best = earlier(best, named(MONTH_FIRST.matcher(s), 1, 2));
        return earlier(best, named(DAY_FIRST.matcher(s), 2, 1));
    }

    /** True when the string holds a run of exactly four digits starting 19 or 20. */
    private static boolean hasYear(String s) {
        int run = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c >= '0' && c <= '9') {
                run++;
                continue;
            }
            if (run == 4 && (s.charAt(i - 4) == '1' && s.charAt(i - 3) == '9'
                    || s.charAt(i - 4) == '2' && s.charAt(i - 3) == '0')) {
                return true;
            }
            run = 0;
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static Found named(Matcher m, int monthGroup, int dayGroup) {
        while (m.find()) {
            Integer month = MONTHS.get(m.group(monthGroup).toLowerCase(Locale.ROOT));
            if (month != null) {
                String iso = iso(m.group(3), String.valueOf(month), m.group(dayGroup));
                if (iso != null) {
                    return new Found(m.start(), iso);
                }
            }
        }
        return null;
    }

    private static Found earlier(Found a, Found b) {
        return a == null ? b : b == null || a.start <= b.start ? a : b;
    }

    private static String iso(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < MIN_YEAR || y > MAX_YEAR) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
