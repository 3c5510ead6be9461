package dev.pith.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
            Found f = first(line, Math.min(line.length(), SCAN_CHARS));
            if (f == null) {
                continue;
            }
            if (PUBLISHED_LABEL.matcher(line.substring(Math.max(0, f.start - 25), f.start)).find()) {
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
        Found f = first(s, Math.min(s.length(), SCAN_CHARS));
        return f == null ? "" : f.iso;
    }

    /** True when the line holds a date or a clock time (a byline or date line). */
    static boolean isDateLine(String line) {
        return hasDigit(line) && (!find(line).isEmpty() || line.indexOf(':') >= 0 && TIME.matcher(line).find());
    }

    private record Found(int start, String iso) {
    }

    /**
     * The leftmost valid date in {@code s} before {@code end}; at one position a numeric date
     * wins over a month-first one, which wins over a day-first one. A form whose text matched
     * but whose date is impossible ("31.02.2022") is looked for again only after that text.
     */
    private static Found first(String s, int end) {
        if (!hasYear(s, end)) {
            return null; // every date form has a four-digit year: most lines are skipped here
        }
        int numericFrom = 0;
        int monthFirstFrom = 0;
        int dayFirstFrom = 0;
        for (int at = 0; at < end; at++) {
            char c = s.charAt(at);
            if (c >= '0' && c <= '9') {
                DateScanner.Match m = at >= numericFrom ? DateScanner.numeric(s, at, end) : null;
                String iso = m == null ? null : iso(m.year(), m.month(), m.day());
                if (iso != null) {
                    return new Found(at, iso);
                }
                numericFrom = m == null ? numericFrom : m.end();
                m = at >= dayFirstFrom ? DateScanner.dayFirst(s, at, end) : null;
                iso = m == null ? null : named(m);
                if (iso != null) {
                    return new Found(at, iso);
                }
                dayFirstFrom = m == null ? dayFirstFrom : m.end();
            } else if (at >= monthFirstFrom && Character.isLetter(c)) {
                DateScanner.Match m = DateScanner.monthFirst(s, at, end);
                String iso = m == null ? null : named(m);
                if (iso != null) {
                    return new Found(at, iso);
                }
                monthFirstFrom = m == null ? monthFirstFrom : m.end();
            }
        }
        return null;
    }

    /** The ISO date of a match with a month name, null when the name is not a month or the date impossible. */
    private static String named(DateScanner.Match m) {
        return named(m.year(), m.month(), m.day());
    }

    /** The ISO date for a month name, null when the name is not a month or the date impossible. */
    static String named(String year, String monthName, String day) {
        Integer month = MONTHS.get(monthName.toLowerCase(Locale.ROOT));
        return month == null ? null : iso(year, String.valueOf(month), day);
    }

    /** True when {@code s} before {@code end} holds a run of exactly four digits starting 19 or 20. */
    static boolean hasYear(String s, int end) {
        int run = 0;
        for (int i = 0; i <= end; i++) {
            char c = i < end ? s.charAt(i) : ' ';
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

    /** The ISO date, null when it is impossible or the year out of range. */
    static String iso(String year, String month, String day) {
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
