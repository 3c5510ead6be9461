package dev.pith.text;

import java.util.List;

/**
 * Appeals for money or a subscription written as prose ("Your support helps us…", "Your
 * donation allows us…", "we choose not to lock Americans out… with paywalls"). They read like
 * article paragraphs, so line filters keep them; their vocabulary gives them away. Seed 000
 * opens with four of them.
 */
final class ReaderAppealRule implements LineRule {

    /** An article paragraph may mention donations in passing; an appeal is at most this long. */
    static final int MAX_WORDS = 60;

    /** Appeal phrases ({@link Cues#appeals}). */
    static final List<String> PHRASES = List.of(
            "your support", "your donation", "your contribution", "your subscription", "support us",
            "support our work", "support our journalism", "support our reporting", "independent journalism",
            "quality journalism", "donate", "make a donation", "make a contribution", "paywall", "paywalls",
            "become a member", "become a subscriber", "become a supporter", "become a patron", "subscription today",
            "subscribe now", "subscribe today", "contribute now", "contribute today", "unterstützen sie",
            "jetzt spenden", "faites un don", "soutenez", "haz una donación", "apóyanos", "sostienici",
            "fai una donazione", "apoie", "faça uma doação");

    @Override
    public String name() {
        return "reader-appeal";
    }

    @Override
    public LineLabel classify(Line line, CleanContext context) {
        if (line.words() > MAX_WORDS || line.cues().appeals() == 0) {
            return null;
        }
        line.appeal = true;
        return LineLabel.BOILERPLATE;
    }
}
