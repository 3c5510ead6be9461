package dev.pith.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regular expressions that {@link DateScanner} replaced, kept as the reference the
 * hand-written scanner must agree with: {@link #find} is the former {@code DateFinder.find}.
 */
final class RegexDateOracle {

    private static final Pattern NUMERIC = Pattern.compile(
            "(?<!\\d)(?:(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}))(?!\\d)");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?<!\\p{L})(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|\\.|er)?\\s+(?:de\\s+|of\\s+)?(\\p{L}{3,10})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)");

    private RegexDateOracle() {
    }

    private record Found(int start, String iso) {
    }

    /** The first date in a string, ISO, or empty. */
    static String find(String text) {
        String s = text.length() > DateFinder.SCAN_CHARS ? text.substring(0, DateFinder.SCAN_CHARS) : text;
        if (!DateFinder.hasYear(s, s.length())) {
            return "";
        }
        Found best = null;
        Matcher m = NUMERIC.matcher(s);
        while (m.find()) {
            String iso = m.group(1) != null ? DateFinder.iso(m.group(1), m.group(2), m.group(3))
                    : DateFinder.iso(m.group(6), m.group(5), m.group(4));
            if (iso != null) {
                best = new Found(m.start(), iso);
                break;
            }
        }
        best = earlier(best, named(MONTH_FIRST.matcher(s), 1, 2));
        best = earlier(best, named(DAY_FIRST.matcher(s), 2, 1));
        return best == null ? "" : best.iso;
    }

    private static Found named(Matcher m, int monthGroup, int dayGroup) {
        while (m.find()) {
            String iso = DateFinder.named(m.group(3), m.group(monthGroup), m.group(dayGroup));
            if (iso != null) {
                return new Found(m.start(), iso);
            }
        }
        return null;
    }

    private static Found earlier(Found a, Found b) {
        return a == null ? b : b == null || a.start <= b.start ? a : b;
    }
}
