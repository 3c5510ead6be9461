package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import dev.pith.util.Stems;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Short captions that templates set as plain blocks beside a picture: a {@code <div>} or
 * {@code <p>} named "caption" or "image-subtitle" under a news photo ("Where the branches are
 * dragged onto the track (symbolic picture)"), often with the photographer's name glued on. They
 * describe a picture that the text output does not carry, and between two paragraphs they read
 * as a stray line the story does not need. A {@code <figcaption>} stays: the markup ties it to
 * its figure, and reader views show the two together (the HTML output renders it so). Captions
 * that explain what they caption stay too: a caption box beside a code listing or a table
 * (documentation), and long captions that retell the story under the lead photo.
 */
final class PictureCaptionRule implements BlockRule {

    /** A caption of this many words or fewer describes the picture; longer ones tell the story. */
    static final int MAX_WORDS = 30;
    /** How many elements up, from the block's owner, a caption's name is looked for. */
    static final int NAME_DEPTH = 2;

    /** What a caption box titles when it sits beside a listing rather than a picture. */
    private static final Evaluator LISTING = QueryParser.parse("pre, code, table");

    /** Names templates give captions and subtitles of pictures. */
    private static final Stems CAPTION_NAMES = Stems.of("caption", "image-subtitle");

    @Override
    public String name() {
        return "picture-caption";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        if (block.words() == 0 || block.words() > MAX_WORDS) {
            return false;
        }
        return (block.kind() == BlockKind.TEXT || block.kind() == BlockKind.PARAGRAPH)
                && namedCaption(block.owner()) && !captionsListing(block.owner())
                && besidePicture(block, i, context.blocks());
    }

    /** The caption box shares its wrapper with a code listing or a table, which it titles. */
    private static boolean captionsListing(Element owner) {
        Element wrapper = owner.parent();
        return wrapper != null && wrapper.selectFirst(LISTING) != null;
    }

    private static boolean namedCaption(Element owner) {
        Element e = owner;
        for (int up = 0; up <= NAME_DEPTH && e != null; up++, e = e.parent()) {
            if (e.attributesSize() > 0 && CAPTION_NAMES.foundIn(e.className() + ' ' + e.id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Its figure holds a picture, an element a level or two up holds one (the caption box and the
     * picture share a wrapper, a credit line between them), or an image block comes right before
     * or after it.
     */
    private static boolean besidePicture(TextBlock block, int i, List<TextBlock> blocks) {
        Element figure = block.owner().closest("figure");
        if (figure != null && Pictures.within(figure)) {
            return true;
        }
        Element wrapper = block.owner().parent();
        for (int up = 0; up < NAME_DEPTH && wrapper != null; up++, wrapper = wrapper.parent()) {
            if (Pictures.within(wrapper)) {
                return true;
            }
        }
        return i > 0 && blocks.get(i - 1).kind() == BlockKind.IMAGE
                || i + 1 < blocks.size() && blocks.get(i + 1).kind() == BlockKind.IMAGE;
    }
}
