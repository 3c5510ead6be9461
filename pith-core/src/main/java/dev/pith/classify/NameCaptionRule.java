package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Captions of a few words that say no sentence: the name of the person or place in a picture
 * ("Liam Gavrielides", "Logo des Zdk (Archiv)"), set under portraits and gallery images. They
 * label the picture, which the text output does not carry, and read as stray words between
 * paragraphs. A caption that says something ("Waves breaking over the harbour wall in
 * January.") ends a sentence or is longer, and stays.
 */
final class NameCaptionRule implements BlockRule {

    /** A name, with a function or a place at most. */
    static final int MAX_WORDS = 6;

    @Override
    public String name() {
        return "name-caption";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return block.kind() == BlockKind.CAPTION && block.words() > 0 && block.words() <= MAX_WORDS
                && block.stops() == 0 && capturesPicture(block, i, context.blocks());
    }

    /**
     * The caption belongs to a picture: its figure holds an image, or an image block comes right
     * before it. A figure around a quotation captions it with its speaker ("— Abbie Y"), who is
     * part of the testimonial.
     */
    private static boolean capturesPicture(TextBlock block, int i, List<TextBlock> blocks) {
        Element figure = block.owner().closest("figure");
        if (figure != null) {
            return Pictures.within(figure);
        }
        return i > 0 && blocks.get(i - 1).kind() == BlockKind.IMAGE;
    }
}
