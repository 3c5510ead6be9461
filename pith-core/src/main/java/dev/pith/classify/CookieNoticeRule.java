package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import dev.pith.lang.LanguageData;
import dev.pith.lang.PhraseKind;
import dev.pith.util.Chars;

/**
 * Cookie-consent notices left in the page as text: longer than the prompts the
 * call-to-action rule handles ("This website uses cookies. By continuing to use our website
 * without changing the settings, you are agreeing…"), but always about cookies and consent.
 * "Cookie" is the gate, the same word in the languages of the web; the words of consent are
 * per-language data ({@code cookie-consent.txt}), chosen by the page's language. A sentence about
 * cookies without them (a recipe, a browser guide) stays.
 */
final class CookieNoticeRule implements BlockRule {

    /** Consent notices run to a few sentences; a longer block is an article about cookies. */
    static final int MAX_WORDS = 80;

    private static final String COOKIE = "cookie";

    @Override
    public String name() {
        return "cookie-notice";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        // code that sets cookies is the text of a guide, not a notice
        if (block.words() > MAX_WORDS || block.kind() == BlockKind.CODE || !mentionsCookies(block.text())) {
            return false;
        }
        return LanguageData.phrases(context.language(), PhraseKind.COOKIE_CONSENT).matches(context.phraseText(i));
    }

    /** "cookie" in any case, anywhere in the text ({@link Chars#containsIgnoreCase}). */
    static boolean mentionsCookies(String text) {
        return Chars.containsIgnoreCase(text, COOKIE);
    }
}
