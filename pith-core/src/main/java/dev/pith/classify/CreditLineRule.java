package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import dev.pith.lang.LanguageData;
import dev.pith.lang.PhraseKind;
import dev.pith.lang.Phrases;
import java.util.List;

/**
 * Image and source credits: "Foto: dpa", "(Quelle: X)", "Imagen: Télam", "Fot. X", and
 * captions that end in one ("The harbour in January. Photo: X"). News pages set them under
 * every picture, and they name an agency or a photographer, not the story. A short block that
 * opens with a credit label, or carries one followed by a colon ("Jane Doe, photo: X"), is a
 * credit; so is a caption (or a line right under an image) that carries a label and a colon. The labels are per-language data ({@code credit.txt}).
 */
final class CreditLineRule implements BlockRule {

    /** A credit line is a label and a name or two; longer blocks opening with "Photo" are prose. */
    static final int MAX_OPENING_WORDS = 12;
    /** Captions are a sentence or two; longer blocks under an image are the article's text. */
    static final int MAX_CAPTION_WORDS = 30;

    @Override
    public String name() {
        return "credit-line";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        if (block.words() == 0 || block.words() > MAX_CAPTION_WORDS || !isText(block.kind())) {
            return false;
        }
        Phrases labels = LanguageData.phrases(context.language(), PhraseKind.CREDIT);
        String text = context.phraseText(i);
        if (block.words() <= MAX_OPENING_WORDS && (labels.opensWithLabel(text) || labels.labels(text))) {
            return true;
        }
        return isCaption(block, i, context.blocks()) && labels.labels(text);
    }

    /** Kinds that can hold a credit line: code ("image: postgres") and table cells are data. */
    private static boolean isText(BlockKind kind) {
        return kind == BlockKind.PARAGRAPH || kind == BlockKind.TEXT || kind == BlockKind.CAPTION
                || kind == BlockKind.HEADING || kind == BlockKind.LIST_ITEM;
    }

    /** A caption, or the block right after an image. */
    private static boolean isCaption(TextBlock block, int i, List<TextBlock> blocks) {
        return block.kind() == BlockKind.CAPTION || i > 0 && blocks.get(i - 1).kind() == BlockKind.IMAGE;
    }
}
