package dev.pith.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The box about the writer under an article ("Markus Balser kam 2001 zur Süddeutschen Zeitung.
 * Er ist …", "Evan Halper writes about …") reads as prose and ends up at the foot of the main
 * region. It names the writer first, in the third person, and the same page carries that name in
 * a byline ("Von Markus Balser", "By Evan Halper"): a kept paragraph among the last lines of the
 * region that opens with a byline's name followed by a lower-case word is the writer's bio.
 * A name alone on a line is not enough: products and places are listed that way too. Without a
 * byline, a job title right after the name ({@link BioRole}) tells the bio; in a language that
 * capitalises its nouns the name must also stand on a short line of its own elsewhere on the page
 * ({@link PersonName}), or "Bürgermeisterin Müller ist Reporterin …" would read as a name.
 */
final class AuthorBio {

    static final String NAME = "author-bio";
    /** How many of the last kept lines are read: the bio closes the article. */
    static final int TAIL_LINES = 3;
    /** A bio is a short paragraph. */
    static final int MAX_BIO_WORDS = 80;
    /** A byline is a short line. */
    static final int MAX_BYLINE_WORDS = 8;

    /** Two or three capitalised words, then a word in lower case: "Jane Doe is …", "Hans Peter Meier lehrt …". */
    private static final Pattern OPENING_NAME = Pattern.compile(
            "^((?:\\p{Lu}[\\p{L}'’-]+ ){1,2}\\p{Lu}[\\p{L}'’-]+) \\p{Ll}");

    private AuthorBio() {
    }

    /** Un-keeps the writer's bio among the last kept lines. */
    static void drop(List<Line> lines, Vocabulary vocabulary, int language) {
        int seen = 0;
        for (int i = lines.size() - 1; i >= 0 && seen < TAIL_LINES; i--) {
            Line line = lines.get(i);
            if (!line.kept) {
                continue;
            }
            seen++;
            String name = openingName(line);
            if (name != null && (hasByline(lines, i, name, vocabulary)
                    || namesItsJob(lines, i, name, vocabulary, language)) || refersToWriter(line, vocabulary)) {
                line.kept = false;
                line.label(LineLabel.BOILERPLATE, NAME);
            }
        }
    }

    /**
     * The capitalised words a short paragraph opens with, or null. A byline with the same words
     * makes them a name ("By Will Smith"); without one they must pass {@link #openingName(Line, int)}.
     */
    static String openingName(Line line) {
        if (line.words() > MAX_BIO_WORDS) {
            return null;
        }
        Matcher m = OPENING_NAME.matcher(line.text());
        return m.find() ? m.group(1) : null;
    }

    /** The name a short paragraph opens with, or null; "Die Bürgermeisterin sagte …" opens with an article. */
    static String openingName(Line line, int language) {
        String name = openingName(line);
        return name == null || PersonName.opensWithFunctionWord(name, language) ? null : name;
    }

    /**
     * True when the paragraph calls the person by the job instead of a name and says what they do:
     * "Der Autor ist freier Journalist …", "Die Autorin ist Redakteurin …". The job word is the
     * evidence a name would need; "Die Autorin liest am 12. Mai …" is news about a book's author.
     */
    static boolean refersToWriter(Line line, Vocabulary vocabulary) {
        if (line.words() > MAX_BIO_WORDS) {
            return false;
        }
        Matcher m = OPENING_NAME.matcher(line.text());
        if (!m.find()) {
            return false;
        }
        String[] words = m.group(1).split(" ");
        return words.length == 2 && StopWords.mask(words[0]) != 0
                && vocabulary.authorRoles.contains(words[1].toLowerCase(Locale.ROOT))
                && BioRole.follows(line.text(), m.group(1).length(), vocabulary.authorRoles);
    }

    /** True when the paragraph says the named person's job, and the name is sure to be one. */
    private static boolean namesItsJob(List<Line> lines, int bio, String name, Vocabulary vocabulary, int language) {
        return !PersonName.opensWithFunctionWord(name, language)
                && BioRole.follows(lines.get(bio).text(), name.length(), vocabulary.authorRoles)
                && (!PersonName.capitalisesNouns(language) || PersonName.repeatedOnShortLine(lines, bio, name));
    }

    /** True when a short line above the paragraph introduces the name with a byline word. */
    private static boolean hasByline(List<Line> lines, int bio, String name, Vocabulary vocabulary) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        for (int j = 0; j < bio; j++) {
            Line line = lines.get(j);
            if (line.words() > MAX_BYLINE_WORDS) {
                continue;
            }
            String lower = line.lower();
            int at = lower.indexOf(lowerName);
            if (at > 0 && introduced(lower, at, vocabulary.bylineWords)) {
                return true;
            }
        }
        return false;
    }

    /** True when a byline word ends right before the name, after the line start or a non-letter. */
    private static boolean introduced(String lower, int nameAt, List<String> bylineWords) {
        int end = nameAt;
        while (end > 0 && (lower.charAt(end - 1) == ' ' || lower.charAt(end - 1) == ':')) {
            end--;
        }
        for (String word : bylineWords) {
            int start = end - word.length();
            if (start >= 0 && lower.startsWith(word, start)
                    && (start == 0 || !Character.isLetter(lower.charAt(start - 1)))) {
                return true;
            }
        }
        return false;
    }
}
