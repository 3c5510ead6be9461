package dev.pith.classify;

import dev.pith.block.TextBlock;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Short prompts addressed to the reader rather than part of the story: subscribe, sign up,
 * share, follow, comment, cookie notices, "Advertisement" labels. News pages (seed 000) carry
 * several of them inside the article container, where pruning by class cannot reach.
 */
final class CallToActionRule implements BlockRule {

    /** Longer blocks are prose even when they mention subscribing. */
    static final int MAX_WORDS = 25;

    private static final Pattern PROMPT = Pattern.compile(
            "^(advertisement|advert|sponsored|anzeige|publicité|publicidad)$"
            + "|subscribe|sign up|sign-up|signup|newsletter|log in to|login to|register to|create an account"
            + "|share (this|on|via)|follow us|follow @|join (our|the) (commenting|conversation|discussion)"
            + "|comments? (are|have been) (closed|disabled)|leave a (comment|reply)|\\bcomments\\s*\\(?\\d*\\)?$"
            + "|cookies?|read more|continue reading|click here|tap here|download (the|our) app"
            + "|all rights reserved|©|copyright \\d{4}|want to bookmark|bookmark this|premium subscription"
            + "|please enter a valid|i would like to be emailed|privacy (policy|notice)|terms of (use|service)"
            + "|you might also like|recommended for you|related (articles|stories|posts)|more from"
            + "|support (our|independent) journalism|make a donation|donate (now|today)"
            + "|^(share|tweet|email|print|reply|like|save)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public String name() {
        return "call-to-action";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return block.words() <= MAX_WORDS
                && PROMPT.matcher(block.text().toLowerCase(Locale.ROOT).strip()).find();
    }
}
