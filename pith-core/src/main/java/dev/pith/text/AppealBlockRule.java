package dev.pith.text;

import java.util.List;

/**
 * A paragraph enclosed by reader appeals belongs to the appeal: donation boxes run several
 * paragraphs, and only some of them use the telling words (seed 000: "From reproductive rights
 * to climate change…" sits between "Your support helps us…" and "Your donation allows us…").
 */
final class AppealBlockRule implements ContextRule {

    @Override
    public String name() {
        return "appeal-block";
    }

    @Override
    public void apply(List<Line> lines, CleanContext context) {
        for (int i = 1; i + 1 < lines.size(); i++) {
            if (!lines.get(i).appeal && lines.get(i - 1).appeal && lines.get(i + 1).appeal) {
                lines.get(i).label(LineLabel.BOILERPLATE, name());
            }
        }
    }
}
