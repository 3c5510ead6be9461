package dev.pith.meta;

import dev.pith.util.TextMetrics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a raw byline ("By Jane Doe and John Roe, Staff Writers | Sept. 28, 2022") into person
 * names ([Jane Doe, John Roe]). Names that are only generic ("Staff", "Admin", "Editorial
 * team") are reported separately so the resolver can use them only when nothing better exists.
 */
final class AuthorNames {

    /** Longer strings are prose, not a byline. */
    static final int MAX_RAW_LENGTH = 300;
    /** A person name has at most this many words. */
    static final int MAX_NAME_WORDS = 5;
    /** Longest plausible name in characters. */
    static final int MAX_NAME_LENGTH = 60;

    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(?:written|posted|published|reviewed|edited|reported|photos?|story|words|text)\\s+)?(?:by|von|par|por|door|di|av|af|autor(?:a)?|author|auteur|written)\\b[:\\s]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
    private static final Pattern URL = Pattern.compile("(?i)^(?:https?:|www\\.|/)|\\.(?:com|org|net)(?:/|$)");
    /** Separators between several names. */
    private static final Pattern SPLIT = Pattern.compile("\\s+(?:and|&|und|et|y|e|og|en|i)\\s+|\\s*[;|/·•]\\s*|\\s*,\\s*");
    /** Where the byline stops naming people: a digit (dates, times), or "updated", "on", a dash. */
    private static final Pattern TAIL = Pattern.compile(
            "\\d|\\s[-–—]\\s|\\s(?:updated|published|posted|on|am|le|el|il|the|in)\\s|\\b(?:last\\s+)?(?:updated|modified|reviewed)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Post-nominal credentials kept with the name they follow (they are not separate people). */
    private static final Pattern CREDENTIAL = Pattern.compile(
            "(?:[A-Z][A-Za-z]?\\.?){1,3}[A-Z]\\.?|Ph\\.?D\\.?|M\\.?D\\.?|Jr\\.?|Sr\\.?|II|III|IV|E-RYT(?:\\s\\d+)?|MSc|BSc|MEd|DrPH");
    /** Words that make a byline segment a role or job title rather than a name. */
    private static final Pattern ROLE = Pattern.compile(
            "(?i)\\b(?:editor|editors|writer|writers|reporter|correspondent|contributor|contributing|columnist|"
                    + "photographer|producer|journalist|senior|associate|director|manager|founder|ceo|cto|head of|"
                    + "analyst|expert|specialist|team lead|intern|fellow|professor|author|guest|staff|desk|news|"
                    + "redaktion|rédaction|redacción|redazione|follow|twitter|facebook|linkedin|email|contact|"
                    + "view all|posts|articles|min read|read|share|bio|profile)\\b");
    /** Names that stand for no person. */
    private static final Set<String> GENERIC = Set.of(
            "admin", "administrator", "staff", "editor", "editors", "editorial", "editorial team", "editorial staff",
            "team", "guest", "anonymous", "unknown", "user", "webmaster", "author", "redaktion", "newsroom",
            "staff writer", "staff reporter", "news desk", "the editors", "our team", "null", "none");

    private AuthorNames() {
    }

    /** The result of cleaning: person names, and generic credits kept as a last resort. */
    record Cleaned(List<String> names, List<String> generic) {
    }

    /** Cleans one raw byline into names. */
    static Cleaned clean(String raw) {
        List<String> names = new ArrayList<>();
        List<String> generic = new ArrayList<>();
        if (raw == null || raw.isBlank() || raw.length() > MAX_RAW_LENGTH || URL.matcher(raw.strip()).find()) {
            return new Cleaned(names, generic);
        }
        String s = TextMetrics.collapseWhitespace(EMAIL.matcher(raw).replaceAll(" "));
        s = PREFIX.matcher(s).replaceFirst("");
        var tail = TAIL.matcher(s);
        if (tail.find()) {
            s = s.substring(0, tail.start());
        }
        s = dropTrailingMonth(s.strip());
        String previous = null;
        Set<String> seen = new LinkedHashSet<>();
        for (String part : SPLIT.split(s)) {
            String p = dropInitials(trimPunctuation(PREFIX.matcher(part.strip()).replaceFirst("")));
            if (p.isEmpty()) {
                continue;
            }
            if (previous != null && CREDENTIAL.matcher(p).matches()) {
                // "Dylan Bailey, MS, RD": credentials belong to the name before them
                previous = previous + ", " + p;
                names.set(names.size() - 1, previous);
                continue;
            }
            String lower = p.toLowerCase(Locale.ROOT);
            if (GENERIC.contains(lower) || lower.endsWith(" team") || lower.endsWith(" staff")) {
                generic.add(p);
            } else if (isName(p) && seen.add(lower)) {
                names.add(p);
                previous = p;
            }
        }
        return new Cleaned(names, generic);
    }

    /** A plausible person name: 1-5 words, starts with a letter, no role words. */
    static boolean isName(String p) {
        if (p.length() < 2 || p.length() > MAX_NAME_LENGTH || !Character.isLetter(p.codePointAt(0))) {
            return false;
        }
        if (p.split("\\s+").length > MAX_NAME_WORDS || ROLE.matcher(p).find() || MonthNames.month(p) > 0) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '@' || c == '<' || c == '>' || c == '{' || c == '=' || c == '?' || c == '!' || c == '#') {
                return false;
            }
        }
        return true;
    }

    /** "Luke Kim December" (the day and year were cut at the first digit): drop the month word. */
    private static String dropTrailingMonth(String s) {
        int space = s.lastIndexOf(' ');
        if (space > 0 && MonthNames.month(s.substring(space + 1)) > 0) {
            return s.substring(0, space).strip();
        }
        return s;
    }

    /** "CM Craig McCarthy": avatar initials printed before the name they abbreviate. */
    private static String dropInitials(String p) {
        int space = p.indexOf(' ');
        if (space < 1 || space > 3) {
            return p;
        }
        String head = p.substring(0, space);
        String rest = p.substring(space + 1);
        StringBuilder initials = new StringBuilder();
        for (String w : rest.split("\\s+")) {
            if (!w.isEmpty()) {
                initials.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return head.contentEquals(initials) ? rest : p;
    }

    private static String trimPunctuation(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1)) && s.charAt(end - 1) != '.') {
            end--;
        }
        return s.substring(start, end).strip();
    }
}
