package dev.pith.clean;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The article is one contiguous run of lines more often than not: find the run with the
 * highest score (prose adds its words, boilerplate and sparse lines subtract; the maximum-sum
 * segment) and keep its prose and the short lines inside it — headings, captions and list
 * items between good paragraphs. On each side of it the best run is kept as well when it scores
 * a fair share of the main one. Prose outside these runs is kept only when it is long enough to
 * stand on its own, as on forum pages whose posts are separated by long signatures and menus.
 */
final class MainRegionRule {

    /** What a short line costs the region: a menu of twenty items outweighs a short paragraph. */
    static final double SHORT_COST = 1.0;
    /** Near-good lines count this share of their words. */
    static final double NEAR_GOOD_WEIGHT = 0.5;
    /** Long non-prose lines cost this share of their words. */
    static final double BAD_WEIGHT = 0.5;
    /** Boilerplate costs at least this much, however short. */
    static final int BOILERPLATE_MIN_COST = 8;
    /** Sentence marks and commas that make a non-prose line inside the region data, not a keyword list. */
    static final int MIN_DATA_MARKS = 1;
    /** Good lines outside the region with at least this many words are kept too. */
    static final int OUTSIDE_KEEP_WORDS = 30;
    /** How far above the region a standfirst may sit, past a date, a share bar or a credit. */
    static final int LEAD_REACH = 6;

    /** A second region on either side of the main one scores at least this much… */
    static final double SECOND_REGION_MIN_SCORE = 10;
    /** … and at least this share of the main region's score. */
    static final double SECOND_REGION_SHARE = 0.3;
    /**
     * A main region scoring this much (an article of some 400 prose words) is the page's content
     * alone: what scores well beside it is a sidebar of teasers or a consent notice.
     */
    static final double SOLE_REGION_SCORE = 400;

    /** Short lines in a row after furniture inside the region, at most this many, go with it. */
    static final int AFTER_FURNITURE_RUN = 5;

    /** The rule's name in explanations, on lines it does not keep although their label would be. */
    static final String NAME = "outside-region";
    /** The name on short lines dropped because furniture opens their run. */
    static final String AFTER_FURNITURE = "after-furniture";
    /** The name on the short lines of a contact block. */
    static final String CONTACT_BOX = "contact-box";

    /** Sets {@link Line#kept} on every line from the final labels; the page's title marks a grid's heading. */
    void keep(List<Line> lines, String title) {
        Segment main = bestSegment(lines, 0, lines.size());
        Segment before = main.isEmpty() ? Segment.NONE : secondRegion(lines, 0, main.start(), main.score());
        Segment after = main.isEmpty() ? Segment.NONE : secondRegion(lines, main.end() + 1, lines.size(), main.score());
        int lead = main.isEmpty() ? -1 : leadAbove(lines, main.start());
        Segment headlineRun = HeadlineRun.below(lines, main);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean inside = main.holds(i) || before.holds(i) || after.holds(i) || i == lead || headlineRun.holds(i);
            line.kept = inside ? keptInside(line.label) || isPunctuatedData(line) : keptOutside(line);
            if (!line.kept && isEdge(main, i) && EdgeSentence.holds(line)) {
                line.kept = true;
                line.rule = EdgeSentence.NAME;
            } else if (!line.kept && keptInside(line.label)) {
                line.rule = NAME;
            }
        }
        dropFurnitureRuns(lines);
        ShortLineGrid.keepIfBare(lines, title);
    }

    /** True for the line right above or right below a non-empty main region. */
    private static boolean isEdge(Segment main, int i) {
        return !main.isEmpty() && (i == main.start() - 1 || i == main.end() + 1);
    }

    /**
     * A run of lines {@code [start, end]} and its score; empty when {@code end < start}.
     */
    record Segment(int start, int end, double score) {
        static final Segment NONE = new Segment(0, -1, 0);

        boolean isEmpty() {
            return end < start;
        }

        boolean holds(int i) {
            return i >= start && i <= end;
        }
    }

    /** The maximum-sum run of lines in {@code [from, to)}. */
    static Segment bestSegment(List<Line> lines, int from, int to) {
        return bestSegment(lines, from, to, MainRegionRule::score);
    }

    /** The maximum-sum run of lines in {@code [from, to)} under another scoring. */
    static Segment bestSegment(List<Line> lines, int from, int to, ToDoubleFunction<Line> scoring) {
        Segment best = Segment.NONE;
        double run = 0;
        int runStart = from;
        for (int i = from; i < to; i++) {
            if (run <= 0) {
                run = 0;
                runStart = i;
            }
            run += scoring.applyAsDouble(lines.get(i));
            if (run > best.score()) {
                best = new Segment(runStart, i, run);
            }
        }
        return best;
    }

    /**
     * The best run on one side of the main region, when it scores at least
     * {@link #SECOND_REGION_MIN_SCORE} and {@link #SECOND_REGION_SHARE} of the main one: a page
     * of several blocks of content (a listing's teasers above and below an advert, forum posts
     * split by a long signature, a product's description apart from its specifications) has
     * more than one run worth keeping, while the menus and footers around an article score
     * below zero and a box of teasers far below the article. Beside a long article
     * ({@link #SOLE_REGION_SCORE}) nothing else is kept.
     */
    private static Segment secondRegion(List<Line> lines, int from, int to, double mainScore) {
        if (mainScore >= SOLE_REGION_SCORE) {
            return Segment.NONE;
        }
        Segment second = bestSegment(lines, from, to);
        return second.score() >= SECOND_REGION_MIN_SCORE && second.score() >= mainScore * SECOND_REGION_SHARE
                ? second : Segment.NONE;
    }

    /**
     * Runs of short lines the region took in that are furniture's: a run of up to
     * {@link #AFTER_FURNITURE_RUN} lines right after boilerplate, and a contact block.
     *
     * <p>Inside the article's run, a share bar, a date line, a "read more" button or a credit is
     * followed by what its box holds: teaser headlines of other articles, contact names, tag
     * links. The article's own headings and list items follow its prose, not furniture, so a
     * short run that opens after boilerplate is dropped with it; a long run (a table, a listing,
     * code) is left to the region, unless it is a {@link ContactBox}.
     */
    private static void dropFurnitureRuns(List<Line> lines) {
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && lines.get(end).kept && lines.get(end).label == LineLabel.SHORT) {
                end++;
            }
            if (end > i) {
                boolean afterFurniture = i > 0 && end - i <= AFTER_FURNITURE_RUN
                        && lines.get(i - 1).label == LineLabel.BOILERPLATE;
                String rule = afterFurniture ? AFTER_FURNITURE : ContactBox.holds(lines, i, end) ? CONTACT_BOX : null;
                for (int j = i; rule != null && j < end; j++) {
                    lines.get(j).kept = false;
                    lines.get(j).rule = rule;
                }
            }
            i = Math.max(end, i + 1);
        }
    }

    /**
     * The standfirst above the region: the nearest prose line within {@link #LEAD_REACH} lines
     * of its start, with only short lines and boilerplate between (the date, a share bar, a
     * photo credit cost the lead its place in the maximum-sum run), or -1.
     */
    private static int leadAbove(List<Line> lines, int start) {
        for (int i = start - 1; i >= 0 && i >= start - LEAD_REACH; i--) {
            LineLabel label = lines.get(i).label;
            if (label == LineLabel.GOOD || label == LineLabel.NEAR_GOOD) {
                return i;
            }
            if (label != LineLabel.SHORT && label != LineLabel.BOILERPLATE) {
                return -1;
            }
        }
        return -1;
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

    /**
     * A long line with few function words inside the article's run that is punctuated: a photo
     * caption with its credit, a citation, a line of code or a table row flattened into text
     * ("Candida Höfer, George Peabody Library Baltimore II, 2010. C-print – 180 x 198.6 cm.").
     * Between the article's paragraphs it is the article's more often than not; a tag cloud or
     * a keyword list there has no comma or full stop and stays out.
     */
    static boolean isPunctuatedData(Line line) {
        LineFeatures f = line.features;
        return line.label == LineLabel.BAD && f.sentenceMarks() + f.commas() >= MIN_DATA_MARKS;
    }

    private static boolean keptOutside(Line line) {
        return line.label == LineLabel.GOOD && line.words() >= OUTSIDE_KEEP_WORDS;
    }
}
