package dev.pith.clean;

import java.util.List;

/**
 * Text dumps repeat the headline (the page's {@code <h1>}) right above the article; what comes
 * before it is masthead and navigation. When the headline recurs in the body and most of the
 * prose follows it, lines before it are not kept.
 */
final class BeforeHeadlineRule implements ContextRule {

    /** The headline must be followed by at least this share of the document's prose words. */
    static final double MIN_PROSE_AFTER = 0.5;

    @Override
    public String name() {
        return "before-headline";
    }

    @Override
    public void apply(List<Line> lines, CleanContext context) {
        int headline = -1;
        int total = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (headline < 0 && line.role == LineRole.HEADLINE) {
                headline = i;
            }
            if (line.label == LineLabel.GOOD) {
                total += line.words();
            }
        }
        if (headline < 0) {
            return;
        }
        int after = 0;
        for (int i = headline; i < lines.size(); i++) {
            if (lines.get(i).label == LineLabel.GOOD) {
                after += lines.get(i).words();
            }
        }
        if (after == 0 || after < MIN_PROSE_AFTER * total) {
            return;
        }
        for (int i = 0; i < headline; i++) {
            lines.get(i).label(LineLabel.BOILERPLATE, name());
        }
    }
}
