package dev.pith.clean;

/**
 * The date forms of {@link DateFinder} read by hand at one position, in time linear in the
 * date's length: the regular expressions they replace tried every branch at every position
 * of every line with a year, a tenth of cleaning time. Each method accepts exactly what the
 * regular expression in its comment matches when a match starts at {@code at} (each is
 * deterministic: no choice of a shorter repetition ever lets a failed match succeed), and
 * looks no further than {@code end}.
 */
final class DateScanner {

    /**
     * A date's text: where it starts and ends, and its year, month (a number or a name) and day.
     */
    record Match(int start, int end, String year, String month, String day) {
    }

    /** Ordinal endings after an English day number. */
    private static final String[] ORDINALS = {"st", "nd", "rd", "th"};
    /** The same with the French "1er", for day-first dates. */
    private static final String[] DAY_ENDINGS = {"st", "nd", "rd", "th", "er"};
    /** Words between a day-first day and its month: "4 de septiembre", "4 of May". */
    private static final String[] BEFORE_MONTH = {"de", "of"};
    /** Words between a day-first month and its year: "septiembre de 2025". */
    private static final String[] BEFORE_YEAR = {"de"};
    /** Month names and abbreviations are 3 to 10 letters long ("May", "Sept", "septiembre"). */
    private static final int MIN_MONTH_LETTERS = 3;
    private static final int MAX_MONTH_LETTERS = 10;
    private static final int YEAR_DIGITS = 4;

    private DateScanner() {
    }

    /**
     * {@code 2022-09-28}, {@code 2022/9/28}, {@code 28.09.2022}:
     * {@code (?<!\d)(?:(\d{4})[-/](\d{1,2})[-/](\d{1,2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))(?!\d)}.
     */
    static Match numeric(String s, int at, int end) {
        if (!digitRunStart(s, at)) {
            return null;
        }
        int first = digits(s, at, end);
        if (first == YEAR_DIGITS) {
            int monthStart = at + first + 1;
            int month = separator(s, monthStart - 1, end) ? dayOrMonth(s, monthStart, end) : 0;
            int dayStart = monthStart + month + 1;
            int day = month > 0 && separator(s, dayStart - 1, end) ? dayOrMonth(s, dayStart, end) : 0;
            return day == 0 ? null : new Match(at, dayStart + day, s.substring(at, at + first),
                    s.substring(monthStart, monthStart + month), s.substring(dayStart, dayStart + day));
        }
        if (first == 0 || first > 2) {
            return null;
        }
        int monthStart = at + first + 1;
        int month = is(s, monthStart - 1, end, '.') ? dayOrMonth(s, monthStart, end) : 0;
        int yearStart = monthStart + month + 1;
        if (month == 0 || !is(s, yearStart - 1, end, '.') || digits(s, yearStart, end) != YEAR_DIGITS) {
            return null;
        }
        return new Match(at, yearStart + YEAR_DIGITS, s.substring(yearStart, yearStart + YEAR_DIGITS),
                s.substring(monthStart, monthStart + month), s.substring(at, at + first));
    }

    /**
     * {@code September 28, 2022}, {@code Sept. 4th 2025}:
     * {@code (?<!\p{L})(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)}.
     */
    static Match monthFirst(String s, int at, int end) {
        if (at > 0 && Character.isLetter(s.charAt(at - 1))) {
            return null; // the regex's look-behind reads one char: a surrogate half is no letter
        }
        int monthEnd = monthName(s, at, end);
        if (monthEnd < 0) {
            return null;
        }
        int dayStart = afterSpaces(s, optional(s, monthEnd, end, '.'), end);
        int day = dayStart < 0 ? 0 : dayOrMonth(s, dayStart, end);
        if (day == 0) {
            return null;
        }
        int afterDay = optional(s, skipAny(s, dayStart + day, end, ORDINALS), end, ',');
        int yearStart = year(s, afterSpaces(s, afterDay, end), end, false);
        return yearStart < 0 ? null : new Match(at, yearStart + YEAR_DIGITS,
                s.substring(yearStart, yearStart + YEAR_DIGITS), s.substring(at, monthEnd),
                s.substring(dayStart, dayStart + day));
    }

    /**
     * {@code 28 September 2022}, {@code 28. September 2022}, {@code 4 de septiembre de 2025}:
     * {@code (?<!\d)(\d{1,2})(?:st|nd|rd|th|\.|er)?\s+(?:de\s+|of\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)}.
     */
    static Match dayFirst(String s, int at, int end) {
        if (!digitRunStart(s, at)) {
            return null;
        }
        int day = dayOrMonth(s, at, end);
        if (day == 0) {
            return null;
        }
        int ending = skipAny(s, at + day, end, DAY_ENDINGS);
        int spaced = afterSpaces(s, ending == at + day ? optional(s, ending, end, '.') : ending, end);
        if (spaced < 0) {
            return null;
        }
        int monthStart = skipWord(s, spaced, end, BEFORE_MONTH);
        int monthEnd = monthName(s, monthStart, end);
        if (monthEnd < 0) {
            return null;
        }
        int afterMonth = optional(s, optional(s, monthEnd, end, '.'), end, ',');
        int yearStart = year(s, afterSpaces(s, afterMonth, end), end, true);
        return yearStart < 0 ? null : new Match(at, yearStart + YEAR_DIGITS,
                s.substring(yearStart, yearStart + YEAR_DIGITS), s.substring(monthStart, monthEnd),
                s.substring(at, at + day));
    }

    /** Where a four-digit year starts at {@code at} (after an optional "de "), or -1. */
    private static int year(String s, int at, int end, boolean deBeforeYear) {
        if (at < 0) {
            return -1;
        }
        int start = deBeforeYear ? skipWord(s, at, end, BEFORE_YEAR) : at;
        return digits(s, start, end) == YEAR_DIGITS ? start : -1;
    }

    /** Past one of {@code words} and the white space after it, else {@code at} itself. */
    private static int skipWord(String s, int at, int end, String[] words) {
        for (String w : words) {
            int after = at + w.length();
            if (after <= end && s.startsWith(w, at)) {
                int next = afterSpaces(s, after, end);
                if (next >= 0) {
                    return next;
                }
            }
        }
        return at;
    }

    /** The end of a whole run of 3 to 10 letters starting at {@code at}, or -1. */
    private static int monthName(String s, int at, int end) {
        int i = at;
        int letters = 0;
        while (i < end) {
            char c = s.charAt(i);
            int cp = Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))
                    ? Character.toCodePoint(c, s.charAt(i + 1)) : c; // a pair cut at end is two halves
            if (!Character.isLetter(cp)) {
                break;
            }
            i += Character.charCount(cp);
            if (++letters > MAX_MONTH_LETTERS) {
                return -1;
            }
        }
        return letters >= MIN_MONTH_LETTERS ? i : -1;
    }

    private static boolean digitRunStart(String s, int at) {
        return at == 0 || !isDigit(s.charAt(at - 1));
    }

    /** The length of a whole run of one or two digits at {@code at}, else 0. */
    private static int dayOrMonth(String s, int at, int end) {
        int n = digits(s, at, end);
        return n <= 2 ? n : 0;
    }

    /** Length of the run of ASCII digits at {@code at}. */
    private static int digits(String s, int at, int end) {
        int i = at;
        while (i < end && isDigit(s.charAt(i))) {
            i++;
        }
        return i - at;
    }

    /** Past a run of at least one regex {@code \s} character at {@code at}, or -1 when there is none. */
    private static int afterSpaces(String s, int at, int end) {
        int i = at;
        while (i < end && isRegexSpace(s.charAt(i))) {
            i++;
        }
        return i > at ? i : -1;
    }

    private static int optional(String s, int at, int end, char c) {
        return is(s, at, end, c) ? at + 1 : at;
    }

    private static int skipAny(String s, int at, int end, String[] endings) {
        for (String e : endings) {
            if (at + e.length() <= end && s.startsWith(e, at)) {
                return at + e.length();
            }
        }
        return at;
    }

    private static boolean is(String s, int at, int end, char c) {
        return at < end && s.charAt(at) == c;
    }

    private static boolean separator(String s, int at, int end) {
        return is(s, at, end, '-') || is(s, at, end, '/');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The {@code \s} class of {@link java.util.regex.Pattern}: ASCII white space only. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
