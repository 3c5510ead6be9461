package dev.pith.meta;

import dev.pith.util.TextMetrics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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
            "^By(?=\\p{Lu}\\p{Ll})|^(?:(?:written|posted|published|reviewed|edited|reported|photos?|story|words|text|post|article)\\s+)?"
                    + "(?:by|von|par|por|door|di|av|af|autor(?:a)?|author|auteur|written|via)\\b[:\\s]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
    private static final Pattern URL = Pattern.compile("(?i)^(?:https?:|www\\.|/)|\\.(?:com|org|net)(?:/|$)");
    /** Separators between several names. */
    private static final Pattern SPLIT = Pattern.compile("\\s+(?:and|&|und|et|y|e|og|en|i)\\s+|\\s*[;|/·•]\\s*|\\s*,\\s*");
    /**
     * Where the byline stops naming people: a number not glued to letters (dates, times; a
     * user name like "paulb203" keeps its digits), a dash or guillemet, "updated", "on".
     */
    private static final Pattern TAIL = Pattern.compile(
            "(?<![\\p{L}\\d])\\d|\\s[-–—»]\\s|\\s»|\\s(?:updated|published|posted|on|am|le|el|il|the|in)\\s"
                    + "|\\b(?:last\\s+)?(?:updated|modified|reviewed)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** Post-nominal credentials kept with the name they follow (they are not separate people). */
    private static final Pattern CREDENTIAL = Pattern.compile(
            "(?:[A-Z][A-Za-z]?\\.?){1,3}[A-Z]\\.?|Ph\\.?D\\.?|M\\.?D\\.?|Jr\\.?|Sr\\.?|II|III|IV|E-RYT|MSc|BSc|MEd|DrPH");
    /** Words that start a role or job title after a name ("Liz Kenny Former McKinsey Consultant"). */
    private static final Pattern ROLE = Pattern.compile(
            "(?i)\\b(?:editor|editors|writer|writers|reporter|correspondent|contributor|contributing|columnist|"
                    + "photographer|producer|journalist|senior|associate|director|manager|founder|co-founder|ceo|cto|"
                    + "head of|analyst|expert|specialist|consultant|former|owner|intern|fellow|professor|author|guest|"
                    + "staff|desk|news|member|moderator|redaktion|rédaction|redacción|redazione)\\b");
    /** Words that are page furniture, never part of a name. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)\\b(?:follow|twitter|facebook|linkedin|instagram|email|contact|view all|posts|articles|min read|"
                    + "read|share|bio|profile|sign in|sign up|log in|login|subscribe|menu|search|home|insights|comments?"
                    + "|join|joined|reply|quote|like)\\b");
    /** Lower-case words allowed inside names: particles, not prose. */
    private static final Set<String> PARTICLES = Set.of(
            "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "bin", "ibn",
            "al", "el", "ter", "ten", "y", "zu");
    /** Credits that name a desk or team, not a person ("TOI Lifestyle Desk", "The Currency editors"). */
    private static final Pattern GENERIC_ENDING = Pattern.compile(
            "\\s(?:team|staff|desk|editors|editorial|newsroom|expert|contributor|writers)$");
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
        if (raw == null || raw.isBlank() || raw.length() > MAX_RAW_LENGTH) {
            return new Cleaned(names, generic);
        }
        // Most bylines hold no e-mail address; the regex runs only on those with an '@'.
        String s = TextMetrics.collapseWhitespace(raw.indexOf('@') < 0 ? raw : EMAIL.matcher(raw).replaceAll(" "));
        if (URL.matcher(s).find()) {
            return new Cleaned(names, generic);
        }
        s = PREFIX.matcher(s).replaceFirst("");
        Matcher tail = TAIL.matcher(s);
        if (tail.find()) {
            boolean number = Character.isDigit(s.charAt(tail.start()));
            s = s.substring(0, tail.start()).strip();
            // "Luke Kim December 5, 2025" cut at the day leaves the month behind
            s = number ? dropTrailingMonth(s) : s;
        }
        String previous = null;
        Set<String> seen = new HashSet<>();
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
            if (GENERIC.contains(lower) || GENERIC_ENDING.matcher(lower).find()) {
                generic.add(p);
                continue;
            }
            p = withoutRole(p);
            if (isName(p) && seen.add(p.toLowerCase(Locale.ROOT))) {
                names.add(p);
                previous = p;
            } else {
                previous = null;
            }
        }
        return new Cleaned(names, generic);
    }

    /** A plausible person name: 1-5 words, starts with a letter, no furniture words, not prose. */
    static boolean isName(String p) {
        if (p.length() < 2 || p.length() > MAX_NAME_LENGTH || !Character.isLetter(p.codePointAt(0))) {
            return false;
        }
        String[] words = p.split("\\s+");
        if (words.length > MAX_NAME_WORDS || NOT_A_NAME.matcher(p).find() || ROLE.matcher(p).find()
                || MonthNames.month(p) > 0) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '@' || c == '<' || c == '>' || c == '{' || c == '=' || c == '?' || c == '!' || c == '#'
                    || c == ':' || c == '⟨') {
                return false;
            }
        }
        // several words of which one starts in lower case is prose ("handling routine tasks"), not a name
        if (words.length > 1) {
            for (String w : words) {
                if (Character.isLowerCase(w.codePointAt(0)) && !PARTICLES.contains(w)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Cuts a trailing role ("Jane Doe Senior Editor" → "Jane Doe"); a role alone stays and fails later. */
    private static String withoutRole(String p) {
        Matcher role = ROLE.matcher(p);
        if (role.find() && role.start() > 0) {
            String head = p.substring(0, role.start()).strip();
            return head.indexOf(' ') > 0 ? trimPunctuation(head) : p;
        }
        return p;
    }

    /** Drops a month name left at the end after a date was cut off. */
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
        String[] words = rest.split("\\s+");
        if (words.length < head.length()) {
            return p;
        }
        for (int i = 0; i < head.length(); i++) {
            if (words[i].isEmpty() || Character.toUpperCase(words[i].charAt(0)) != head.charAt(i)) {
                return p;
            }
        }
        return rest;
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
