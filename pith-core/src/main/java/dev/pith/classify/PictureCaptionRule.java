package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import dev.pith.util.Stems;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Short captions of photographs: the line under a news photo ("Sergio Massa, the speaker of the
 * house", "Where the branches are dragged onto the track (symbolic picture)"), often with the
 * photographer's name glued on, in a {@code <figcaption>} or in a block the template names
 * "caption" or "image-subtitle" beside the picture. They describe a picture that the text output
 * does not carry, and between two paragraphs they read as a stray line the story does not need;
 * article bodies as publishers and annotators give them leave them out. Captions that explain
 * what they caption stay: those of code listings, tables and drawings (documentation's "Listing
 * 9-3: Opening a file", a diagram of a component tree), and long captions that retell the story
 * under the lead photo.
 */
final class PictureCaptionRule implements BlockRule {

    /** A caption of this many words or fewer describes the picture; longer ones tell the story. */
    static final int MAX_WORDS = 30;
    /** How many elements up, from the block's owner, a caption's name is looked for. */
    static final int NAME_DEPTH = 2;

    private static final String PICTURE = "img, picture, video";
    /** What a figure of a listing holds instead of, or besides, a picture. */
    private static final String LISTING = "pre, code, table";
    /** Image files of drawings and screenshots (diagrams, charts), not photographs. */
    private static final Pattern DRAWING = Pattern.compile("\\.(?:svg|png|gif)(?:[?#]|$)", Pattern.CASE_INSENSITIVE);

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
        if (block.kind() == BlockKind.CAPTION) {
            return captionsPhoto(block.owner());
        }
        return (block.kind() == BlockKind.TEXT || block.kind() == BlockKind.PARAGRAPH)
                && namedCaption(block.owner()) && !captionsListing(block.owner())
                && besidePicture(block, i, context.blocks());
    }

    /**
     * A {@code <figcaption>} under a photograph. Figures of code listings, tables and diagrams
     * (documentation: "Listing 9-3: Opening a file", a drawing of a component tree) are captioned
     * with text that explains them, and stay.
     */
    private static boolean captionsPhoto(Element owner) {
        Element figure = owner.closest("figure");
        if (owner.closest("figcaption") == null || figure == null || figure.selectFirst(LISTING) != null) {
            return false;
        }
        Element img = figure.selectFirst("img");
        return img != null && !DRAWING.matcher(img.attr("src")).find();
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
        if (figure != null && figure.selectFirst(PICTURE) != null) {
            return true;
        }
        Element wrapper = block.owner().parent();
        for (int up = 0; up < NAME_DEPTH && wrapper != null; up++, wrapper = wrapper.parent()) {
            if (wrapper.selectFirst(PICTURE) != null) {
                return true;
            }
        }
        return i > 0 && blocks.get(i - 1).kind() == BlockKind.IMAGE
                || i + 1 < blocks.size() && blocks.get(i + 1).kind() == BlockKind.IMAGE;
    }
}
