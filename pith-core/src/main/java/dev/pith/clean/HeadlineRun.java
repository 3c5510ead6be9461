package dev.pith.clean;

import java.util.List;

/**
 * The article starts right below its headline. Dumps repeat the headline ({@link LineRole#HEADLINE})
 * above the article; when a date line, a share bar or a credit sits between the headline and
 * the first paragraph, or the article is a single short paragraph, the maximum-sum run
 * ({@link MainRegionRule}) may start further down or settle on a longer block elsewhere (a
 * sign-up form, a list of teasers). The best run that opens within {@link #REACH} lines below
 * the headline is kept as well, when it scores at least {@link #MIN_SCORE}: a run of prose, not
 * a menu that happens to follow a repeated title.
 */
final class HeadlineRun {

    /** The run opens at most this many lines below the headline (a date, a byline, a credit). */
    static final int REACH = 4;
    /** It scores at least this much ({@link MainRegionRule#score}): some twenty words of prose. */
    static final double MIN_SCORE = 10;

    private HeadlineRun() {
    }

    /**
     * The run below the repeated headline and above the main region (or anywhere below the
     * headline when the main region lies above it), or {@link MainRegionRule.Segment#NONE} when
     * the main region itself opens right below the headline.
     */
    static MainRegionRule.Segment below(List<Line> lines, MainRegionRule.Segment main) {
        int headline = headlineFor(lines, main);
        if (headline < 0 || main.isEmpty() || main.start() > headline && main.start() <= headline + REACH) {
            return MainRegionRule.Segment.NONE;
        }
        int limit = main.start() > headline ? main.start() : lines.size();
        MainRegionRule.Segment best = MainRegionRule.Segment.NONE;
        for (int start = headline + 1; start <= headline + REACH && start < limit; start++) {
            double run = 0;
            for (int end = start; end < limit; end++) {
                run += MainRegionRule.score(lines.get(end));
                if (run > best.score()) {
                    best = new MainRegionRule.Segment(start, end, run);
                }
            }
        }
        return best.score() >= MIN_SCORE ? best : MainRegionRule.Segment.NONE;
    }

    /**
     * The repeated headline nearest above the main region (a dump may repeat it over a photo
     * caption and again over the text), else the first one below it; -1 when there is none or
     * the main region holds one.
     */
    private static int headlineFor(List<Line> lines, MainRegionRule.Segment main) {
        int first = -1;
        int nearestAbove = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).role == LineRole.HEADLINE) {
                if (main.holds(i)) {
                    return -1; // the main region already runs from a repeat of the headline
                }
                first = first < 0 ? i : first;
                nearestAbove = i < main.start() ? i : nearestAbove;
            }
        }
        return nearestAbove >= 0 ? nearestAbove : first;
    }
}
