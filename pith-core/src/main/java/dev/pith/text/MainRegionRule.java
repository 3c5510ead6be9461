package dev.pith.text;

import java.util.List;

/**
 * The article is one contiguous run of lines more often than not: find the run with the
 * highest score (prose adds its words, boilerplate and sparse lines subtract; the maximum-sum
 * segment) and keep its prose and the short lines inside it — headings, captions and list
 * items between good paragraphs. Prose outside the run is kept only when it is long enough to
 * stand on its own, as on forum pages whose posts are separated by long signatures and menus.
 */
final class MainRegionRule implements ContextRule {

    /** What a short line costs the region: a menu of twenty items outweighs a short paragraph. */
    static final double SHORT_COST = 1.0;
    /** Near-good lines count this share of their words. */
    static final double NEAR_GOOD_WEIGHT = 0.5;
    /** Long non-prose lines cost this share of their words. */
    static final double BAD_WEIGHT = 0.5;
    /** Boilerplate costs at least this much, however short. */
    static final int BOILERPLATE_MIN_COST = 8;
    /** Good lines outside the region with at least this many words are kept too. */
    static final int OUTSIDE_KEEP_WORDS = 40;

    @Override
    public String name() {
        return "outside-region";
    }

    @Override
    public void apply(List<Line> lines, CleanContext context) {
        int bestStart = 0;
        int bestEnd = -1;
        double best = 0;
        double run = 0;
        int runStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (run <= 0) {
                run = 0;
                runStart = i;
            }
            run += score(lines.get(i));
            if (run > best) {
                best = run;
                bestStart = runStart;
                bestEnd = i;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean inside = i >= bestStart && i <= bestEnd;
            line.kept = inside ? keptInside(line.label) : keptOutside(line);
            if (!line.kept && keptInside(line.label)) {
                line.rule = name();
            }
        }
    }

    static double score(Line line) {
        return switch (line.label) {
            case GOOD -> line.words();
            case NEAR_GOOD -> line.words() * NEAR_GOOD_WEIGHT;
            case SHORT -> -SHORT_COST;
            case BAD -> -line.words() * BAD_WEIGHT;
            case BOILERPLATE -> -Math.max(line.words(), BOILERPLATE_MIN_COST);
        };
    }

    private static boolean keptInside(LineLabel label) {
        return label == LineLabel.GOOD || label == LineLabel.NEAR_GOOD || label == LineLabel.SHORT;
    }

    private static boolean keptOutside(Line line) {
        return line.label == LineLabel.GOOD && line.words() >= OUTSIDE_KEEP_WORDS;
    }
}
