package dev.pith.classify;

import dev.pith.block.TextBlock;
import dev.pith.lang.LanguageData;
import dev.pith.lang.PhraseKind;

/**
 * Titles and lines that point to other pages: "Related articles", "Mehr zum Thema",
 * "Czytaj też: <link>", "Dans la même rubrique", "Tags:". News and blog pages put them inside
 * the article container, between paragraphs or after the last one, where the links they
 * introduce may already be gone ({@link EmptySectionRule} catches those by structure; this rule
 * catches the ones whose links survive, or that stand inline). The phrases are per-language data
 * ({@code related.txt}), matched at the start of a short block.
 */
final class RelatedLinksRule implements BlockRule {

    /** Longer blocks that open with such words are prose ("See also the report of 2019, which ..."). */
    static final int MAX_WORDS = 15;

    @Override
    public String name() {
        return "related-links";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return block.words() > 0 && block.words() <= MAX_WORDS
                && LanguageData.phrases(context.language(), PhraseKind.RELATED).matches(context.phraseText(i));
    }
}
