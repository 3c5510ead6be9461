package dev.pith.clean;

import java.util.List;
import java.util.Locale;

/**
 * The writer's card at the foot of an article: a line with the name ("Ingo Arzt", "Von Frank
 * Hahn"), then a line that opens with the job ("Redakteur für Wirtschaft und Umwelt", "Freier
 * Autor in Berlin und …", "Senior editor at …"), perhaps a line or two more about the writer.
 * Neither reads as a bio to {@link AuthorBio}, which wants the name and the job on one line.
 * Among the last kept lines, the name line, the job line and what follows them go. The job must
 * open its line (within {@link #ROLE_OPENING_WORDS} words, before any punctuation): a name over a
 * sentence that mentions a reporter further on is a heading over prose. The name line must read
 * as a name ({@link PersonName}: no function word first), and since a two-word heading looks the
 * same ("Scharfe Kritik" over "Reporter ohne Grenzen kritisierten …", "Final Thoughts" over
 * "Editor's note: …"), the card needs one more sign: a byline word before the name, a job line
 * that is a label rather than a sentence (no final full stop), or the name again on a short line.
 */
final class AuthorCard {

    static final String NAME = "author-card";
    /** The job title is among the first words of its line: "Redakteur für …", "Freier Autor in …". */
    static final int ROLE_OPENING_WORDS = 2;
    /** A name line: two or three capitalised words, perhaps after a byline word ("Von", "By"). */
    static final int MAX_NAME_WORDS = 3;
    /** The job line is short; a paragraph opening with a job title is the article's prose. */
    static final int MAX_ROLE_LINE_WORDS = 25;

    private AuthorCard() {
    }

    /**
     * Un-keeps a writer's card among the last kept lines: the card closes the article, its job
     * line among the last {@link AuthorBio#TAIL_LINES} kept lines, as a bio, and its name line
     * right above.
     */
    static void drop(List<Line> lines, Vocabulary vocabulary, int language) {
        int seen = 0;
        int next = -1;
        for (int i = lines.size() - 1; i >= 0 && seen <= AuthorBio.TAIL_LINES; i--) {
            Line line = lines.get(i);
            if (!line.kept) {
                continue;
            }
            seen++;
            if (next >= 0 && isNameLine(line.text(), vocabulary, language) && opensWithRole(lines.get(next), vocabulary)
                    && confirmed(lines, i, next, vocabulary)) {
                for (int j = i; j < lines.size(); j++) {
                    if (lines.get(j).kept) {
                        lines.get(j).kept = false;
                        lines.get(j).label(LineLabel.BOILERPLATE, NAME);
                    }
                }
                return;
            }
            next = i;
        }
    }

    /** True when the line's first words, before any punctuation, hold a job title. */
    static boolean opensWithRole(Line line, Vocabulary vocabulary) {
        if (line.words() > MAX_ROLE_LINE_WORDS) {
            return false;
        }
        String text = line.text();
        int i = 0;
        for (int word = 0; word < ROLE_OPENING_WORDS && i < text.length(); word++) {
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start && vocabulary.authorRoles.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (i >= text.length() || text.charAt(i) != ' ') {
                return false;
            }
            i++;
        }
        return false;
    }

    /**
     * True when a card whose words may be nouns is still a card: the name follows a byline word,
     * the job line is a label (no sentence mark at its end), or the name stands on another short line.
     */
    private static boolean confirmed(List<Line> lines, int nameLine, int jobLine, Vocabulary vocabulary) {
        String text = lines.get(nameLine).text();
        String name = withoutByline(text, vocabulary);
        return name.length() < text.length() || !endsSentence(lines.get(jobLine).text())
                || PersonName.repeatedOnShortLine(lines, nameLine, name.strip());
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** The line after a leading byline word ("Von", "By"), or the line itself. */
    private static String withoutByline(String text, Vocabulary vocabulary) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String by : vocabulary.bylineWords) {
            if (lower.startsWith(by + " ")) {
                return text.substring(by.length() + 1);
            }
        }
        return text;
    }

    /**
     * True when the line is a person's name: 2-3 capitalised words, a byline word before them
     * allowed, not opening with a function word ("Die Brücke", "The Verdict").
     */
    static boolean isNameLine(String text, Vocabulary vocabulary, int language) {
        String name = withoutByline(text, vocabulary);
        // after "Von"/"By" the words are a name even when the first is also a function word ("By Will Smith")
        if (name.length() == text.length() && PersonName.opensWithFunctionWord(name.strip(), language)) {
            return false;
        }
        String[] words = name.strip().split(" ");
        if (words.length < 2 || words.length > MAX_NAME_WORDS) {
            return false;
        }
        for (String w : words) {
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
