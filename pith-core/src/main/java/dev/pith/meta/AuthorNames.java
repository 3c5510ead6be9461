package dev.pith.meta;

import dev.pith.util.TextMetrics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
            "^" + BylineWords.BY + "(?![\\p{L}])" + BylineWords.SEPARATOR + "*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A glued prefix of two letters must leave a name of several words ("ByJane Doe", not "DiCaprio"). */
    private static final int SHORT_PREFIX = 2;
    /** A "@handle" after a name ("Williams Perdomo @wperdomod"): an account, not part of the name. */
    private static final Pattern HANDLE = Pattern.compile("(?:^|\\s)@[\\w.]+");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
    /** A web address, or a domain name standing as a credit ("finanztreff.de", "symple.ch"; "sara.r.peter" is a user name): a site, not a person. */
    private static final Pattern URL = Pattern.compile("(?i)^(?:https?:|www\\.|/)|\\.(?:com|org|net)(?:/|$)|\\p{Ll}\\.\\p{Ll}{2,3}$");
    /**
     * Separators between several names. Not a slash: it joins a credit to its source as one
     * credit ("det/dpa", "AFP/The Local", "Laura / House Plant House"), as bylines print them.
     */
    private static final Pattern SPLIT = Pattern.compile(
            "\\s+" + BylineWords.AND + "\\s+|\\s*[;|·•]\\s*|\\s*,\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The word joining two names ("and", "und"): after a job title, it brings in a second writer. */
    private static final Pattern JOINED_NAME = Pattern.compile(
            "\\s" + BylineWords.AND + "\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Post-nominal credentials kept with the name they follow (they are not separate people). */
    private static final Pattern CREDENTIAL = Pattern.compile(
            "(?:[A-Z][A-Za-z]?\\.?){1,3}[A-Z]\\.?|Ph\\.?D\\.?|M\\.?D\\.?|Jr\\.?|Sr\\.?|II|III|IV|E-RYT|MSc|BSc|MEd|DrPH");
    /** Lower-case words allowed inside names: particles, not prose. */
    private static final Set<String> PARTICLES = Set.of(
            "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "bin", "ibn",
            "al", "el", "ter", "ten", "y", "zu");
    /**
     * Where the byline stops naming people: a number not glued to letters (dates, times; a
     * user name like "paulb203" keeps its digits), a dash or guillemet, a date label
     * ("updated", "veröffentlicht"), or a short word leading to a date, place or publication
     * ("on", "am", "the"); a word that is also a name particle only in lower case ("Loïc Le
     * Clerc" keeps his).
     */
    private static final Pattern TAIL = Pattern.compile(
            "(?<![\\p{L}\\d])\\d|\\s[-–—»]\\s|\\s»|\\s(?:(?i:" + onWords(false) + ")|" + onWords(true) + ")\\s"
                    + "|(?i:(?<![\\p{L}])(?:" + DateWords.UPDATED.pattern() + "|" + DateWords.PUBLISHED.pattern() + ")(?![\\p{L}]))",
            Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /** Letters a word must keep when a relative date's word glued to its end is cut ("Deutschland|vor", not "Tre|vor"). */
    static final int MIN_GLUED_STEM = 6;
    /** Credits that name a desk or team, not a person ("TOI Lifestyle Desk", "The Currency editors"). */
    private static final Pattern GENERIC_ENDING = Pattern.compile(
            "\\s(?:team|staff|desk|editors|editorial|newsroom|expert|contributor|writers)$");

    private AuthorNames() {
    }

    /** The result of cleaning: person names, and generic credits kept as a last resort. */
    record Cleaned(List<String> names, List<String> generic) {
    }

    /** Cleans one raw byline into names. */
    static Cleaned clean(String raw) {
        String byline = bylineText(raw);
        return byline == null ? new Cleaned(new ArrayList<>(), new ArrayList<>()) : names(byline);
    }

    /**
     * The byline without e-mail addresses, handles, its label and what follows the names (a
     * date, a place); null when it is none: blank, too long to be one, or holding a URL.
     */
    private static String bylineText(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_RAW_LENGTH) {
            return null;
        }
        // Most bylines hold no e-mail address; the regex runs only on those with an '@'.
        String s = TextMetrics.collapseWhitespace(raw.indexOf('@') < 0 ? raw : EMAIL.matcher(raw).replaceAll(" "));
        if (URL.matcher(s).find()) {
            return null;
        }
        s = withoutGluedPrefix(PREFIX.matcher(withoutLeadingDate(s)).replaceFirst(""));
        s = s.indexOf('@') < 0 ? s : HANDLE.matcher(s).replaceAll(" ").strip();
        Matcher tail = TAIL.matcher(s);
        if (tail.find()) {
            boolean number = Character.isDigit(s.charAt(tail.start()));
            s = s.substring(0, tail.start()).strip();
            // "Luke Kim December 5, 2025" cut at the day leaves the month behind
            s = number ? dropTrailingDateWord(withoutRelativeDateWord(s)) : s;
        }
        return s;
    }

    /**
     * A date line's date that opens the byline ("Dec 17, 2025Julian K. Arni", "Dec. 19, 2025 · Niko
     * Matsakis", "17.12.2025 | Anna Roth"): themes print the date before the writer in one row, and
     * the byline's cut at its first number would otherwise keep only the month. A full date (a
     * month word or figures, and the year) is cut with the marks after it, when a name follows.
     */
    static String withoutLeadingDate(String s) {
        if (s.isEmpty() || !Character.isLetterOrDigit(s.charAt(0))) {
            return s;
        }
        Matcher m = LEADING_WORD_DATE.matcher(s);
        boolean date = m.lookingAt() && MonthNames.month(m.group(1) != null ? m.group(1) : m.group(2)) > 0;
        if (!date) {
            m = LEADING_FIGURE_DATE.matcher(s);
            date = m.lookingAt();
        }
        if (!date) {
            return s;
        }
        String rest = s.substring(m.end()).replaceFirst("^[\\s·|•,:–—-]+", "");
        return !rest.isEmpty() && Character.isLetter(rest.codePointAt(0)) ? rest : s;
    }

    /** "Dec 17, 2025", "Dec. 19, 2025", "17 December 2025", "17. Dezember 2025": a month word, a day and a year. */
    private static final Pattern LEADING_WORD_DATE = Pattern.compile(
            "(\\p{L}+)\\.?\\s*\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?!\\d)|\\d{1,2}\\.?\\s+(\\p{L}+)\\.?,?\\s+\\d{4}(?!\\d)");
    /** "17.12.2025", "12/17/2025", "2025-12-17". */
    private static final Pattern LEADING_FIGURE_DATE = Pattern.compile(
            "\\d{1,2}[./]\\d{1,2}[./](?:\\d{4}|\\d{2})(?!\\d)|\\d{4}-\\d{2}-\\d{2}(?!\\d)");

    /** The person names and generic credits of a byline's parts ("Anna Roth und Hans Meier, MS"). */
    private static Cleaned names(String byline) {
        List<String> names = new ArrayList<>();
        List<String> generic = new ArrayList<>();
        String previous = null;
        Set<String> seen = new HashSet<>();
        boolean rejected = false;
        int end = 0;
        for (String part : SPLIT.split(byline)) {
            end = byline.indexOf(part, end) + part.length();
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
            if (BylineWords.isGeneric(lower) || GENERIC_ENDING.matcher(lower).find()) {
                generic.add(p);
                continue;
            }
            String name = withoutRole(p);
            if (isName(name) && !URL.matcher(name).find() && seen.add(name.toLowerCase(Locale.ROOT))) {
                names.add(name);
                previous = name;
            } else if (previous != null && isJobTitle(p) && !JOINED_NAME.matcher(byline).find(end)) {
                // "Benjamin Johnson, Sr. Director of Operations, Atlas Van Lines": what follows the
                // writer's job title is its employer and record, not a second writer, unless a
                // name is joined to the byline ("Jane Doe, Senior Editor, and John Roe")
                break;
            } else {
                // no person, but perhaps a desk ("Redaktion Polizeiticker Schweiz"): a last resort
                if (BylineWords.namesADesk(p)) {
                    generic.add(p);
                }
                rejected |= !seen.contains(name.toLowerCase(Locale.ROOT));
                previous = null;
            }
        }
        return new Cleaned(rejected ? fullNames(names) : names, generic);
    }

    /** A part of a byline holding a job title ("Sr. Director of Operations", "Senior Director") and no name. */
    private static boolean isJobTitle(String part) {
        return BylineWords.ROLE.matcher(part).find();
    }

    /**
     * The names of two words or more: a byline of which a part reads as no name is an
     * organisation's or a place line cut at its "and" or commas ("Bayerische Landesanstalt für Wald
     * und Forstwirtschaft - LWF", "hessenschau.de, Frankfurt, Germany"), and a one-word part of it
     * ("Forstwirtschaft", "Frankfurt") is a fragment, not a writer's first name.
     */
    private static List<String> fullNames(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (n.indexOf(' ') > 0 || Character.getType(n.codePointAt(0)) == Character.OTHER_LETTER) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * The names of an organisation credited as author in the markup ("Contributors to Wikimedia
     * projects", "Pressestelle des Deutschen Caritasverbandes"): as cleaned, else, since an
     * organisation's name need not read as a person's, the name as written when it is short.
     */
    static List<String> organisation(String raw) {
        List<String> names = clean(raw).names();
        if (!names.isEmpty() || raw == null) {
            return names;
        }
        String name = TextMetrics.collapseWhitespace(raw);
        boolean plain = !name.isEmpty() && Character.isLetter(name.codePointAt(0))
                && name.split(" ").length <= MAX_ORGANISATION_WORDS && !URL.matcher(name).find();
        return plain ? List.of(name) : List.of();
    }

    /**
     * A full name typed in lower case in an author field of the markup ("kirstin boatto" in
     * {@code <meta name="author">} or {@code itemprop="author"}): the field says it holds a name,
     * so lower case is the writer's own typing, not prose, which the case test of {@link #isName}
     * rejects in a visible line. Two or three words of letters that pass as a name once capitalised.
     */
    static List<String> lowerCaseName(String raw) {
        String name = raw == null ? "" : TextMetrics.collapseWhitespace(raw);
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > MAX_LOWER_CASE_NAME_WORDS || !LOWER_CASE_WORDS.matcher(name).matches()
                || BylineWords.isGeneric(name) || GENERIC_ENDING.matcher(name).find()) {
            return List.of();
        }
        StringBuilder capitalised = new StringBuilder();
        for (String w : words) {
            capitalised.append(capitalised.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return isName(capitalised.toString()) ? List.of(name) : List.of();
    }

    /** A lower-case name has a first and a last name, perhaps a middle one. */
    static final int MAX_LOWER_CASE_NAME_WORDS = 3;
    /** Words of lower-case letters (with a hyphen or apostrophe inside), one space apart. */
    private static final Pattern LOWER_CASE_WORDS = Pattern.compile("\\p{Ll}+(?:['’-]\\p{Ll}+)*(?: \\p{Ll}+(?:['’-]\\p{Ll}+)*)+");

    /** Longest organisation name taken as written. */
    static final int MAX_ORGANISATION_WORDS = 8;

    /** A plausible person name: 1-5 words, starts with a letter, no furniture words, not prose. */
    static boolean isName(String p) {
        if (p.length() < 2 || p.length() > MAX_NAME_LENGTH || !Character.isLetter(p.codePointAt(0))) {
            return false;
        }
        String[] words = p.split("\\s+");
        if (words.length > MAX_NAME_WORDS || BylineWords.NOT_A_NAME.matcher(p).find() || BylineWords.ROLE.matcher(p).find()
                || MonthNames.month(p) > 0 || DateWords.isWeekday(p)) {
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

    /**
     * Cuts a trailing role ("Jane Doe Senior Editor" → "Jane Doe"); a role alone stays and fails
     * later. A one-word head is kept only in a script without case, where a full name is one
     * word ("김철수 기자" → "김철수"); "Jane Editor" is no name.
     */
    private static String withoutRole(String p) {
        Matcher role = BylineWords.ROLE.matcher(p);
        if (role.find() && role.start() > 0) {
            String head = p.substring(0, role.start()).strip();
            boolean fullName = head.indexOf(' ') > 0
                    || !head.isEmpty() && Character.getType(head.codePointAt(0)) == Character.OTHER_LETTER;
            return fullName ? trimPunctuation(head) : p;
        }
        return p;
    }

    /**
     * A relative date's word left before the count the byline was cut at ("Houzz Deutschlandvor
     * 5 Stunden", "Ana Ruiz hace 3 horas"): themes print the name and the relative date in one
     * row, often with no space between. The word is cut when it stands alone, or when it is glued
     * to a word long enough not to be a name that merely ends with it ("Trevor").
     */
    static String withoutRelativeDateWord(String s) {
        for (String ago : DateWords.AGO) {
            int at = s.length() - ago.length();
            if (at < 0 || !s.regionMatches(true, at, ago, 0, ago.length())) {
                continue;
            }
            String before = s.substring(0, at);
            int space = before.lastIndexOf(' ');
            int stem = before.length() - space - 1;
            if (before.isEmpty() || stem == 0 || stem >= MIN_GLUED_STEM && Character.isLowerCase(before.charAt(before.length() - 1))) {
                return before.strip();
            }
        }
        return s;
    }

    /** Drops a month or weekday name, or "on", left at the end after a date was cut off ("Heiko Sauer Do 9 Apr 2020"). */
    private static String dropTrailingDateWord(String raw) {
        // the cut may leave the comma after the weekday ("Tomas Spahn Fr, 18. Oktober 2019")
        String s = trimPunctuation(raw);
        int space = s.lastIndexOf(' ');
        String last = space > 0 ? s.substring(space + 1) : "";
        if (space > 0 && (MonthNames.month(last) > 0 || DateWords.isWeekday(last) || DateWords.ON.contains(WordLists.normalise(last)))) {
            return dropTrailingDateWord(s.substring(0, space).strip());
        }
        return raw;
    }

    /**
     * "ByJane Doe", "AuthorAndreas Kalt": a prefix glued to the name, where a theme prints the
     * label and the name link without a space. A two-letter prefix must leave several words
     * ("DiCaprio" is a name).
     */
    private static String withoutGluedPrefix(String s) {
        for (String prefix : BylineWords.WORD_PREFIXES) {
            int n = prefix.length();
            if (s.length() > n + 1 && s.regionMatches(true, 0, prefix, 0, n) && Character.isUpperCase(s.charAt(0))
                    && Character.isUpperCase(s.charAt(n)) && Character.isLowerCase(s.charAt(n + 1))
                    && (n > SHORT_PREFIX || s.indexOf(' ', n) > 0)) {
                return s.substring(n);
            }
        }
        return s;
    }

    /** The "on" words that are (or are not) also name particles, as an alternation. */
    private static String onWords(boolean particles) {
        return DateWords.ON.stream().filter(w -> PARTICLES.contains(w) == particles).map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** "CM Craig McCarthy": avatar initials printed before the name they abbreviate. */
    private static String dropInitials(String p) {
        int space = p.indexOf(' ');
        if (space < 1 || space > MAX_INITIALS) {
            return p;
        }
        String rest = p.substring(space + 1);
        return abbreviates(p.substring(0, space), rest) ? rest : p;
    }

    /** Avatars print up to this many initials. */
    private static final int MAX_INITIALS = 3;

    /** True when {@code head} is the initials of the first words of {@code name} ("CM", "Craig McCarthy"). */
    static boolean abbreviates(String head, String name) {
        if (head.isEmpty() || head.length() > MAX_INITIALS) {
            return false;
        }
        String[] words = name.strip().split("\\s+");
        if (words.length < head.length()) {
            return false;
        }
        for (int i = 0; i < head.length(); i++) {
            if (words[i].isEmpty() || Character.toUpperCase(words[i].charAt(0)) != head.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String trimPunctuation(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1)) && s.charAt(end - 1) != '.'
                && !isMark(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end).strip();
    }

    /** A combining mark: Devanagari and Thai write vowels after a name's last letter so ("शर्मा", "ใจดี"). */
    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
