package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import dev.pith.lang.LanguageData;
import dev.pith.lang.PhraseKind;

/**
 * Cookie-consent notices left in the page as text: longer than the prompts the
 * call-to-action rule handles ("This website uses cookies. By continuing to use our website
 * without changing the settings, you are agreeing…"), but always about cookies and consent.
 * The gate is a word for cookies, per-language data ({@code cookie-word.txt}): "cookie", the same
 * in most languages of the web, and the language's own word where it has one (Bulgarian
 * "бисквитки", Turkish "çerez", Russian "куки"), so that a banner that never says "cookie" is
 * still found. The words of consent are per-language data too ({@code cookie-consent.txt}); both
 * lists are chosen by the page's language. A sentence about cookies without words of consent (a
 * recipe, a browser guide) stays.
 */
final class CookieNoticeRule implements BlockRule {

    /** Consent notices run to a few sentences; a longer block is an article about cookies. */
    static final int MAX_WORDS = 80;

    @Override
    public String name() {
        return "cookie-notice";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        // code that sets cookies is the text of a guide, not a notice
        if (block.words() > MAX_WORDS || block.kind() == BlockKind.CODE) {
            return false;
        }
        String text = context.phraseText(i);
        return LanguageData.phrases(context.language(), PhraseKind.COOKIE_WORD).matches(text)
                && LanguageData.phrases(context.language(), PhraseKind.COOKIE_CONSENT).matches(text);
    }
}
