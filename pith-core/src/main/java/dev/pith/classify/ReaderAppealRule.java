package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import dev.pith.lang.Language;
import dev.pith.lang.LanguageData;
import dev.pith.lang.Phrases;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The publisher's appeal to its readers under an article: "Si te parece valioso nuestro trabajo,
 * apóyanos", "Gefällt dir unser Magazin? … unterstütze uns", "Support our journalism". It is a
 * paragraph of prose, longer than the prompts {@link CallToActionRule} catches, and it sits in
 * the article container. The phrases are the per-language {@code reader-appeal.txt} data that
 * the plain-text cleaner reads too. As {@link LanguageData#phrases} does, a page declared English
 * (the declaration most often left wrong), of unknown language or of one without the data is
 * matched against every language's phrases.
 */
final class ReaderAppealRule implements BlockRule {

    /** An appeal is a paragraph; a longer block that mentions donations is an article about them. */
    static final int MAX_WORDS = 90;
    /** A paragraph of prose after the appeal has this many words: the text goes on. */
    static final int MIN_PROSE_WORDS = 15;
    /** The data kind, shared with the plain-text cleaner. */
    static final String KIND = "reader-appeal";
    /** The declaration most often left wrong: such pages are matched against every language. */
    private static final String ENGLISH = "en";

    /** Phrases per language code, parsed once; every language's together for the codes without their own. */
    private static final Map<String, Phrases> PHRASES = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "reader-appeal";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        if (block.words() == 0 || block.words() > MAX_WORDS || block.stops() == 0 || block.kind() == BlockKind.TABLE_CELL) {
            return false;
        }
        return i >= context.readerAppealTail() && phrases(context.language()).matches(context.phraseText(i));
    }

    /**
     * Where the article's closing appeals may start: after the region's last paragraph of prose
     * that is no appeal. The appeal closes the article, while a sentence asking for support in
     * the middle of the text is the story's (a charity's report). Walks back from the end, so
     * only the last paragraphs are matched against the phrases.
     */
    static int tailStart(RuleContext context) {
        List<TextBlock> blocks = context.blocks();
        Phrases phrases = phrases(context.language());
        for (int j = blocks.size() - 1; j >= 0; j--) {
            TextBlock b = blocks.get(j);
            if (b.words() >= MIN_PROSE_WORDS && b.stops() > 0 && context.region().contains(b.owner())
                    && !phrases.matches(context.phraseText(j))) {
                return j + 1;
            }
        }
        return 0;
    }

    private static Phrases phrases(Language language) {
        return PHRASES.computeIfAbsent(language.code(), ReaderAppealRule::load);
    }

    private static Phrases load(String code) {
        List<String> own = code.isEmpty() || code.equals(ENGLISH) ? List.of() : LanguageData.entries(code, KIND);
        if (!own.isEmpty()) {
            return Phrases.of(own);
        }
        List<String> all = new ArrayList<>();
        LanguageData.CODES.forEach(c -> all.addAll(LanguageData.entries(c, KIND)));
        return Phrases.of(all);
    }
}
