package dev.pith.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates written the many ways pages write them and returns them as ISO 8601
 * at the precision given: {@code 2022-09-28T10:15:00+01:00}, {@code 2022-09-28} or
 * {@code 2022-09}.
 *
 * <p>Understood: ISO 8601 and its common variants ({@code 2022-09-28 10:15},
 * {@code 2022/09/28}), numeric day-month-year ({@code 28.09.2022}, {@code 28/09/2022},
 * {@code 09/28/2022} when unambiguous or when the caller says month comes first), month names
 * in about fifteen languages ("28 September 2022", "Sept. 28, 2022", "28-Sep-2022", "28. März 2022",
 * "28 de septiembre de 2022", "28 сентября 2022"), and CJK dates ({@code 2022年9月28日},
 * {@code 2022년 9월 28일}). A year alone is never a date: too vague to be useful.
 *
 * <p>Dates outside a plausibility window are rejected: before {@link #EARLIEST} (before
 * there were dated web pages) or after the window's end (a page cannot be published in the
 * future; the default end is tomorrow in UTC to allow for time zones). Instances are
 * immutable and thread-safe.
 */
public final class DateParser {

    /** Earliest date accepted by {@link #standard()}: the web before 1995 dated nothing we read. */
    public static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    /** Longest input examined by {@link #find}; longer text is cut (dates sit near the start). */
    private static final int MAX_FIND_LENGTH = 400;

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:[-/]|\\.\\s?)(\\d{1,2})(?:[-/]|\\.\\s?)(\\d{1,2})"
                    + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T\\d{4,6}Z?)?");
    /**
     * A month's name as the patterns read it: letters with their combining marks, which Thai
     * and Devanagari write as characters of their own ("พฤษภาคม", "मार्च"), and two letters at
     * least (Hindi "मई", May); {@link MonthNames} says whether the word is a month.
     */
    private static final String MONTH_WORD = "[\\p{L}\\p{M}]{2,}";
    /**
     * "28.09.2022", "09/28/2022", "28-09-2022", and with a space after each dot, "3. 6. 2009",
     * as Czech and Slovak write the day and month in figures.
     */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<!\\d)(\\d{1,2})([./-])(?:(?<=\\.)\\s)?(\\d{1,2})\\2(?:(?<=\\.)\\s)?(\\d{4})(?!\\d)");
    /**
     * "28 September 2022", "28. März 2022", "28 de septiembre de 2022", Catalan "28 d'octubre de
     * 2022", Italian "1° marzo 2022" (a degree sign for the ordinal), and hyphenated "28-Sep-2022".
     */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d\\p{L}\\p{M}])(\\d{1,2})(?:st|nd|rd|th|er|º|°|\\.)?(?:\\s*|-)(?:de\\s+|d['’])?(" + MONTH_WORD + "\\.?)(?:,?\\s+|-)"
                    + "(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{M}])(" + MONTH_WORD + "\\.?)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    /** "2021. október 16.", "2021. okt. 16-án": Hungarian writes the year first, then the month's name. */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?<!\\d)(\\d{4})\\.?\\s+(" + MONTH_WORD + "\\.?)\\s+(\\d{1,2})(?!\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\p{L}\\p{M}])(" + MONTH_WORD + "\\.?),?\\s+(\\d{4})(?!\\d)");
    /**
     * A line that is only a day-first date with a two-digit year ("23.09.22", "31.10.23, 11:38"),
     * as German-language sites print under headlines and in teasers. Only a whole line: in running
     * text the shape is as often a version number.
     */
    private static final Pattern SHORT_YEAR_LINE = Pattern.compile(
            "(\\d{2})\\.(\\d{2})\\.(\\d{2})(?:,?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    /** Two-digit years up to the latest plausible one are read in this century, later ones in the last. */
    private static final int CENTURY = 100;
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?");

    private static final int YEAR_DIGITS = 4;
    /** Longest line read as a two-digit-year date: the date and a time. */
    private static final int MAX_SHORT_YEAR_LINE = "dd.mm.yy, hh:mm:ss".length();

    private final LocalDate earliest;
    private final LocalDate latest;

    /**
     * A parser accepting dates in {@code [earliest, latest]}.
     *
     * @param earliest first plausible date
     * @param latest   last plausible date (usually today)
     */
    public DateParser(LocalDate earliest, LocalDate latest) {
        this.earliest = earliest;
        this.latest = latest;
    }

    /** A parser accepting dates from {@link #EARLIEST} to tomorrow (UTC): {@link #asOf} today. */
    public static DateParser standard() {
        return asOf(LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * A parser accepting dates from {@link #EARLIEST} to the day after {@code reference}, the
     * day the page was fetched or is processed as of (the day after allows for time zones).
     * Reprocessing a crawl with its fetch date gives the same dates whenever it runs.
     *
     * @param reference the latest day a page can have been published on
     */
    public static DateParser asOf(LocalDate reference) {
        return new DateParser(EARLIEST, reference.plusDays(1));
    }

    /**
     * Parses a value that is meant to be a date (an attribute, a meta content, a JSON-LD
     * field): the date must start the value, after optional words such as "Published".
     * Numeric dates with {@code /} are read day-first unless unambiguous.
     *
     * @return the ISO 8601 date, or empty when the value holds no plausible date
     */
    public Optional<String> parse(String value) {
        return parse(value, false);
    }

    /**
     * As {@link #parse(String)}, with a hint for ambiguous numeric dates like {@code 09/10/2022}.
     *
     * @param monthFirst true to read {@code a/b/yyyy} as month/day (United States usage)
     */
    public Optional<String> parse(String value, boolean monthFirst) {
        if (value == null || value.isBlank() || value.length() > MAX_FIND_LENGTH) {
            return Optional.empty();
        }
        String v = value.strip();
        Matcher iso = ISO.matcher(v);
        if (iso.lookingAt()) {
            return isoDate(iso);
        }
        Matcher compact = COMPACT.matcher(v);
        if (compact.matches()) {
            return date(num(compact, 1), num(compact, 2), num(compact, 3));
        }
        Matcher month = ISO_MONTH.matcher(v);
        if (month.matches()) {
            return yearMonth(num(month, 1), num(month, 2));
        }
        return find(v, monthFirst);
    }

    /**
     * Finds the first plausible date in free text, e.g. "Updated on Sept. 28, 2022 at 10:00".
     *
     * @param monthFirst true to read {@code a/b/yyyy} as month/day (United States usage)
     * @return the ISO 8601 date, or empty
     */
    public Optional<String> find(String text, boolean monthFirst) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.length() > MAX_FIND_LENGTH ? text.substring(0, MAX_FIND_LENGTH) : text;
        if (!hasFourDigits(t)) {
            // Every pattern below needs a four-digit year: most lines are rejected without a regex.
            return shortYearLine(t.strip());
        }
        Optional<String> found = firstIso(t);
        if (found.isEmpty()) {
            found = firstCjk(t);
        }
        if (found.isEmpty()) {
            found = firstNamed(t);
        }
        if (found.isEmpty()) {
            found = firstNumeric(t, monthFirst);
        }
        return found;
    }

    /** The date of a line that is only "dd.mm.yy", or empty. */
    private Optional<String> shortYearLine(String t) {
        if (t.length() > MAX_SHORT_YEAR_LINE || t.length() < "dd.mm.yy".length() || t.charAt(2) != '.') {
            return Optional.empty();
        }
        Matcher m = SHORT_YEAR_LINE.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        int yy = num(m, 3);
        int thisCentury = latest.getYear() / CENTURY * CENTURY;
        int year = thisCentury + yy <= latest.getYear() ? thisCentury + yy : thisCentury - CENTURY + yy;
        return date(year, num(m, 2), num(m, 1));
    }

    /** True when {@code t} holds four ASCII digits in a row ({@code \\d{4}}). */
    private static boolean hasFourDigits(String t) {
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == YEAR_DIGITS) {
                return true;
            }
        }
        return false;
    }

    /** True when the date is inside this parser's plausibility window. */
    public boolean plausible(LocalDate date) {
        return !date.isBefore(earliest) && !date.isAfter(latest);
    }

    private Optional<String> firstIso(String t) {
        Matcher m = ISO.matcher(t);
        while (m.find()) {
            Optional<String> d = isoDate(m);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private Optional<String> firstCjk(String t) {
        Matcher m = CJK.matcher(t);
        while (m.find()) {
            Optional<String> d = date(num(m, 1), num(m, 2), num(m, 3));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private Optional<String> firstNamed(String t) {
        // the earliest match in the text wins, whichever order it is written in
        Found dmy = first(DAY_MONTH_YEAR.matcher(t), 3, 2, 1);
        Found mdy = first(MONTH_DAY_YEAR.matcher(t), 3, 1, 2);
        Found ymd = first(YEAR_MONTH_DAY.matcher(t), 1, 2, 3);
        Found best = earlier(earlier(dmy, mdy), ymd);
        if (best != null) {
            return Optional.of(best.date());
        }
        Matcher my = MONTH_YEAR.matcher(t);
        while (my.find()) {
            int month = MonthNames.month(my.group(1));
            Optional<String> d = month == 0 ? Optional.empty() : yearMonth(num(my, 2), month);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Found earlier(Found a, Found b) {
        return a == null || b != null && b.at() < a.at() ? b : a;
    }

    /** A date found in text and where it starts. */
    private record Found(int at, String date) {
    }

    /** The first plausible date a named-month pattern finds, given its year, month and day groups; or null. */
    private Found first(Matcher m, int yearGroup, int monthGroup, int dayGroup) {
        while (m.find()) {
            int month = MonthNames.month(m.group(monthGroup));
            Optional<String> d = month == 0 ? Optional.empty() : date(num(m, yearGroup), month, num(m, dayGroup));
            if (d.isPresent()) {
                return new Found(m.start(), d.get());
            }
        }
        return null;
    }

    private Optional<String> firstNumeric(String t, boolean monthFirst) {
        Matcher m = NUMERIC.matcher(t);
        while (m.find()) {
            int a = num(m, 1);
            int b = num(m, 3);
            int year = num(m, 4);
            // a slash date is read month-first only when asked or when the day-first reading is impossible
            boolean swap = a <= 12 && (b > 12 || monthFirst && "/".equals(m.group(2)));
            Optional<String> d = swap ? date(year, a, b) : date(year, b, a);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private Optional<String> isoDate(Matcher m) {
        Optional<String> day = date(num(m, 1), num(m, 2), num(m, 3));
        if (day.isEmpty() || m.group(4) == null) {
            return day;
        }
        int hour = num(m, 4);
        int minute = num(m, 5);
        int second = m.group(6) == null ? 0 : num(m, 6);
        if (hour > 23 || minute > 59 || second > 59) {
            return day;
        }
        String zone = m.group(7) == null ? "" : normaliseZone(m.group(7));
        // By hand: String.format parses its pattern on every call, and pages hold many timestamps.
        StringBuilder out = new StringBuilder(day.get()).append('T');
        appendTwoDigits(out, hour).append(':');
        appendTwoDigits(out, minute).append(':');
        appendTwoDigits(out, second);
        return Optional.of(out.append(zone).toString());
    }

    private static StringBuilder appendTwoDigits(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static String normaliseZone(String zone) {
        if ("Z".equals(zone) || zone.length() == 6) {
            return zone;
        }
        return zone.substring(0, 3) + ":" + zone.substring(3);
    }

    private Optional<String> date(int year, int month, int day) {
        try {
            LocalDate d = LocalDate.of(year, month, day);
            return plausible(d) ? Optional.of(d.toString()) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Optional<String> yearMonth(int year, int month) {
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        LocalDate first = LocalDate.of(year, month, 1);
        return plausible(first) ? Optional.of(first.toString().substring(0, "yyyy-MM".length())) : Optional.empty();
    }

    private static int num(Matcher m, int group) {
        String g = m.group(group);
        // groups are at most 4 digits, so this never overflows
        return g == null ? 0 : Integer.parseInt(g);
    }
}
