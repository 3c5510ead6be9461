package dev.pith.meta;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The regular expression alternation of a word list's phrases ({@code (?:veröffentlicht
 * am|published|…)}), arranged so that the regex engine compares at each place only the phrases
 * that can start there. A plain alternation of every language's phrases is tried phrase by
 * phrase, each first letter folded to compare it case-insensitively, at every character a
 * {@code find} passes: the byline and date patterns spent more time so than any other part of
 * the metadata. Here the phrases are grouped by the characters their first letter matches, and
 * each group is guarded by a lookahead for exactly those characters, so a place is compared
 * with one group at most. The groups are guarded again in chunks, so that a place is not
 * compared with every group's guard either.
 *
 * <p>The matches are those of the plain alternation: a guard admits every character its
 * phrases' first letter matches (as {@code CASE_INSENSITIVE | UNICODE_CASE} folds it, which
 * also covers the narrower modes), no character passes two guards (groups whose characters
 * overlap are merged), and each group keeps its phrases in the list's order. At any place the
 * engine therefore tries the same phrases in the same order, less those that cannot match.
 */
final class PhraseAlternation {

    /**
     * Groups behind one shared guard, the union of theirs: a place is compared with a few
     * chunks' guards and then a few groups' instead of every group's. Groups may be chunked in
     * any order, since no character passes two of them.
     */
    private static final int GROUPS_PER_CHUNK = 6;

    /** One guarded group: the characters its guard admits, and its phrases' indices in list order. */
    private record Group(BitSet admitted, BitSet phrases) {
    }

    private PhraseAlternation() {
    }

    /**
     * The alternation of the phrases, quoted, tried in the given order; spaces in a phrase match
     * any white space.
     */
    static String of(List<String> phrases) {
        List<String> quoted = phrases.stream().map(PhraseAlternation::quoted).toList();
        if (!isGuarded(phrases)) {
            return plain(quoted);
        }
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            groups = withPhrase(groups, i, admitted(phrases.get(i).charAt(0)));
        }
        List<String> chunks = new ArrayList<>();
        for (int from = 0; from < groups.size(); from += GROUPS_PER_CHUNK) {
            List<Group> chunk = groups.subList(from, Math.min(groups.size(), from + GROUPS_PER_CHUNK));
            BitSet admitted = new BitSet();
            chunk.forEach(g -> admitted.or(g.admitted()));
            chunks.add(guard(admitted) + chunk.stream()
                    .map(g -> guard(g.admitted()) + plain(g.phrases().stream().mapToObj(quoted::get).toList()))
                    .collect(Collectors.joining("|", "(?:", ")")));
        }
        return chunks.stream().map(c -> "(?:" + c + ")").collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * The characters a match of {@link #of} may start with: those its guards admit. Null when
     * {@link #of} has no guards (a phrase is empty or opens with a supplementary character), so
     * that any character may start a match. A text whose first character is not among them
     * cannot open with a phrase, which spares a caller building a matcher of the long pattern.
     */
    static BitSet firstCharacters(List<String> phrases) {
        if (!isGuarded(phrases)) {
            return null;
        }
        BitSet chars = new BitSet();
        phrases.forEach(p -> chars.or(admitted(p.charAt(0))));
        return chars;
    }

    /** False when {@link #of} falls back to the plain alternation, without guards. */
    private static boolean isGuarded(List<String> phrases) {
        return phrases.stream().noneMatch(p -> p.isEmpty() || Character.isSupplementaryCodePoint(p.codePointAt(0)));
    }

    private static String quoted(String phrase) {
        return Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q");
    }

    private static String plain(List<String> quoted) {
        return quoted.stream().collect(Collectors.joining("|", "(?:", ")"));
    }

    /** The groups with phrase {@code index} added: merged with every group whose characters overlap its own. */
    private static List<Group> withPhrase(List<Group> groups, int index, BitSet admitted) {
        BitSet chars = (BitSet) admitted.clone();
        BitSet members = new BitSet();
        members.set(index);
        List<Group> out = new ArrayList<>();
        for (Group g : groups) {
            if (g.admitted().intersects(chars)) {
                chars.or(g.admitted());
                members.or(g.phrases());
            } else {
                out.add(g);
            }
        }
        out.add(new Group(chars, members));
        // groups are tried in the order of their first phrase; within a group, list order
        out.sort((a, b) -> Integer.compare(a.phrases().nextSetBit(0), b.phrases().nextSetBit(0)));
        return out;
    }

    /**
     * The characters a pattern's case-insensitive letter {@code c} matches: those that fold as
     * it does ({@code toLowerCase(toUpperCase(x))}, the regex engine's folding), and itself.
     */
    private static BitSet admitted(char c) {
        BitSet chars = new BitSet();
        chars.set(c);
        int key = Folding.fold(c);
        chars.set(key);
        for (int x : Folding.FOLDED_TO.getOrDefault(key, List.of())) {
            chars.set(x);
        }
        return chars;
    }

    /** The regex engine's {@code UNICODE_CASE} folding, and which characters fold to another. */
    private static final class Folding {
        /** For each folded form, the BMP characters that fold to it from another character. */
        static final Map<Integer, List<Integer>> FOLDED_TO = foldedTo();

        static int fold(int c) {
            return Character.toLowerCase(Character.toUpperCase(c));
        }

        private static Map<Integer, List<Integer>> foldedTo() {
            Map<Integer, List<Integer>> out = new HashMap<>();
            for (int x = 0; x <= Character.MAX_VALUE; x++) {
                int key = fold(x);
                if (key != x) {
                    out.computeIfAbsent(key, k -> new ArrayList<>()).add(x);
                }
            }
            return out;
        }
    }

    /** A case-sensitive lookahead for exactly the given characters. */
    private static String guard(BitSet chars) {
        StringBuilder sb = new StringBuilder("(?=(?-i:[");
        chars.stream().forEach(c -> sb.append("\\x{").append(Integer.toHexString(c)).append('}'));
        return sb.append("]))").toString();
    }
}
