package dev.pith.clean;

import java.util.List;

/**
 * Teaser boxes cut their headlines to a fixed length and mark the cut with an ellipsis glued to
 * the last letters ("Bebé muere electrocutado al recostarse po...", "Capuchinos invitan a
 * tradicional bendició…"). One such line may be the article's own trailing-off remark ("Until
 * next time…"); two or more within a few lines of each other are a list of other articles, in
 * any language. They read as headlines or short prose and would be kept inside the main region.
 */
final class CutTeaserListRule implements ContextRule {

    /** A teaser headline is short; a longer line ending in an ellipsis is prose trailing off. */
    static final int MAX_WORDS = 20;
    /** Another cut line at most this many lines away makes a list of them. */
    static final int NEIGHBOUR_REACH = 3;

    @Override
    public String name() {
        return "cut-teaser-list";
    }

    @Override
    public void apply(List<Line> lines, CleanContext context) {
        boolean[] cut = new boolean[lines.size()];
        for (int i = 0; i < cut.length; i++) {
            cut[i] = isCut(lines.get(i));
        }
        for (int i = 0; i < cut.length; i++) {
            if (cut[i] && hasCutNeighbour(cut, i)) {
                lines.get(i).label(LineLabel.BOILERPLATE, name());
            }
        }
    }

    private static boolean hasCutNeighbour(boolean[] cut, int i) {
        for (int j = Math.max(0, i - NEIGHBOUR_REACH); j <= Math.min(cut.length - 1, i + NEIGHBOUR_REACH); j++) {
            if (j != i && cut[j]) {
                return true;
            }
        }
        return false;
    }

    /** A short headline or prose line that ends in "..." or "…" right after a letter or digit. */
    static boolean isCut(Line line) {
        if (line.words() > MAX_WORDS || line.label != LineLabel.SHORT && line.label != LineLabel.NEAR_GOOD) {
            return false;
        }
        String text = line.text().stripTrailing();
        int end = text.endsWith("...") ? text.length() - 3 : text.endsWith("…") ? text.length() - 1 : -1;
        return end > 0 && Character.isLetterOrDigit(text.charAt(end - 1));
    }
}
