package dev.pith.classify;

import dev.pith.block.TextBlock;
import java.util.List;
import java.util.Locale;

/**
 * Cookie-consent notices left in the page as text: longer than the prompts the
 * call-to-action rule handles ("This website uses cookies. By continuing to use our website
 * without changing the settings, you are agreeing…"), but always about cookies and consent.
 */
final class CookieNoticeRule implements BlockRule {

    /** Consent notices run to a few sentences; a longer block is an article about cookies. */
    static final int MAX_WORDS = 80;

    private static final List<String> CONSENT = List.of(
            "we use", "uses cookies", "use of cookies", "by continuing", "you agree", "you consent",
            "accept", "consent", "cookie settings", "cookie policy");

    @Override
    public String name() {
        return "cookie-notice";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        if (block.words() > MAX_WORDS) {
            return false;
        }
        String text = block.text().toLowerCase(Locale.ROOT);
        if (!text.contains("cookie")) {
            return false;
        }
        for (String phrase : CONSENT) {
            if (text.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
