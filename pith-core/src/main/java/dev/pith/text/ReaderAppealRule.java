package dev.pith.text;

import java.util.regex.Pattern;

/**
 * Appeals for money or a subscription written as prose ("Your support helps us…", "Your
 * donation allows us…", "we choose not to lock Americans out… with paywalls"). They read like
 * article paragraphs, so line filters keep them; their vocabulary gives them away. Seed 000
 * opens with four of them.
 */
final class ReaderAppealRule implements LineRule {

    /** An article paragraph may mention donations in passing; an appeal is at most this long. */
    static final int MAX_WORDS = 60;

    private static final Pattern APPEAL = Pattern.compile(String.join("|",
            "your (support|donation|contribution|subscription)|support (us|our (work|journalism|reporting))",
            "(independent|quality) journalism|donate|make a (donation|contribution)|paywalls?",
            "become a (member|subscriber|supporter|patron)|(start|get) your .{0,40}subscription",
            "subscribe (now|today)|contribute (now|today)|unterstützen sie|jetzt spenden|faites un don",
            "soutenez|haz una donación|apóyanos|sostienici|fai una donazione|apoie|faça uma doação"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public String name() {
        return "reader-appeal";
    }

    @Override
    public LineLabel classify(Line line, CleanContext context) {
        if (line.words() > MAX_WORDS || !APPEAL.matcher(line.text()).find()) {
            return null;
        }
        line.appeal = true;
        return LineLabel.BOILERPLATE;
    }
}
