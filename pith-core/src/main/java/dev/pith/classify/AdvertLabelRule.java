package dev.pith.classify;

import dev.pith.block.TextBlock;
import dev.pith.lang.LanguageData;
import dev.pith.lang.PhraseKind;

/**
 * Advertising labels and notices: "Anzeige", "ANZEIGE - …", "*Werbung. Dieser Beitrag enthält
 * Werbung", "Reklama", "Publicidad". Pages set them above ad slots and affiliate blocks inside
 * the article container; the ad itself is often gone (an iframe), the label stays. A short block
 * that opens with a label followed by punctuation, or is one, goes. The labels are per-language
 * data ({@code advert.txt}).
 */
final class AdvertLabelRule implements BlockRule {

    /** Longer blocks that open with "Anzeige" are prose about an advert, not the notice. */
    static final int MAX_WORDS = 35;

    @Override
    public String name() {
        return "advert-label";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return block.words() > 0 && block.words() <= MAX_WORDS
                && LanguageData.phrases(context.language(), PhraseKind.ADVERT).opensWithLabel(context.phraseText(i));
    }
}
