package dev.pith.clean;

import java.util.List;

/**
 * A paragraph enclosed by reader appeals belongs to the appeal: donation boxes run several
 * paragraphs, and only some of them use the telling words (a paragraph listing what the
 * newsroom covers sits between "Your support helps us…" and "Your donation allows us…").
 */
final class AppealBlockRule implements ContextRule {

    @Override
    public String name() {
        return "appeal-block";
    }

    @Override
    public void apply(List<Line> lines, CleanContext context) {
        for (int i = 1; i + 1 < lines.size(); i++) {
            if (!isAppeal(lines.get(i)) && isAppeal(lines.get(i - 1)) && isAppeal(lines.get(i + 1))) {
                lines.get(i).label(LineLabel.BOILERPLATE, name());
            }
        }
    }

    private static boolean isAppeal(Line line) {
        return line.role == LineRole.APPEAL;
    }
}
