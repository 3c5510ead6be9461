package dev.pith.classify;

import dev.pith.block.BlockTree;
import dev.pith.block.TextBlock;
import dev.pith.parse.Ancestors;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the customer reviews that shops set inside a product's own container, under its
 * description: "4.7 / 5", "Genuine step up from player I", "Report", one shopper after another.
 * They are what other buyers wrote, not the page's text, just as reader comments are not an
 * article's; but shops name them {@code reviews} rather than {@code comments}, and a reviews
 * widget (Judge.me, Okendo, Yotpo, a shop's own) sits in the region beside the specifications.
 *
 * <p>Only on a page that declares itself a product (JSON-LD or OpenGraph type, Twitter card or
 * schema.org microdata) or sells in its region (an element named add-to-cart): a review site's article, a
 * service's testimonials or a directory of rated firms name their content "reviews" too, and
 * there it is the content. A section is an element inside the region (not a root of it) whose
 * class or id names reviews; one of several siblings of the same class is an entry of a list,
 * not the section. When the sections hold (nearly) all of the region, they are what the page
 * shows, and they stay.
 */
final class ReviewSections {

    /** The stem that names a reviews section, in any case: {@code product-reviews}, {@code userReviews}. */
    private static final String STEM = "reviews";
    /** The OpenGraph type of a product page starts so: {@code product}, {@code product.group}, {@code og:product}. */
    private static final String PRODUCT_OG_TYPE = "product";
    /** A purchase control's name, without separators. */
    private static final String ADD_TO_CART = "addtocart";
    /** {@code Metadata.pageType} of a page whose JSON-LD or OpenGraph type is a product. */
    static final String PRODUCT_PAGE_TYPE = "product";
    /** The Twitter card type of a product page. */
    private static final String PRODUCT_TWITTER_CARD = "product";
    /** The end of the schema.org microdata type of a product, over http or https. */
    private static final String PRODUCT_ITEM_TYPE = "schema.org/product";
    /**
     * A reviews section holds at least this many blocks with text: a heading, a rating and a
     * review. A box of a heading over one paragraph is a quote the seller chose from the press
     * ("A modern multiplayer masterpiece. 9.5/10"), written as part of the description.
     */
    static final int MIN_SECTION_BLOCKS = 3;
    /** The region keeps at least this many words outside the sections, else the sections are the page. */
    static final int MIN_WORDS_OUTSIDE = 30;

    private ReviewSections() {
    }

    /** The reviews sections in the region of a product page; empty on most pages. */
    static Set<Element> find(RuleContext context, BlockTree tree) {
        Region region = context.region();
        Set<Element> sections = new HashSet<>();
        for (int n = 0; n < tree.size(); n++) {
            Element e = tree.element(n);
            if (namesReviews(e) && !isRepeated(e) && !region.roots().contains(e) && region.contains(e)) {
                sections.add(e);
            }
        }
        sections.removeIf(section -> blocksWithin(context.blocks(), section) < MIN_SECTION_BLOCKS);
        if (sections.isEmpty() || !declaresProduct(context, tree.element(0).ownerDocument(), region)
                || wordsOutside(context.blocks(), region, sections) < MIN_WORDS_OUTSIDE) {
            return Set.of();
        }
        return sections;
    }

    /** Whether the element's class or id names reviews (see {@link #namesReviews(String)}). */
    static boolean namesReviews(Element e) {
        return namesReviews(e.className()) || namesReviews(e.id());
    }

    /**
     * Whether the stem starts a word of the name: after a separator or the name's start
     * ({@code product-reviews}), or as a capitalised part ({@code customerReviews}); not inside
     * another word ({@code previews}).
     */
    static boolean namesReviews(String name) {
        // regionMatches rather than a lower-cased copy: this runs for every element above a block
        for (int at = 0; at + STEM.length() <= name.length(); at++) {
            if (name.regionMatches(true, at, STEM, 0, STEM.length()) && startsWord(name, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word starts at {@code at}: the name's start, after a separator, or a capital inside camel case. */
    private static boolean startsWord(String name, int at) {
        return at == 0 || !Character.isLetter(name.charAt(at - 1)) || Character.isUpperCase(name.charAt(at));
    }

    /** Whether a sibling carries the same classes: the element is one entry of a list. */
    private static boolean isRepeated(Element e) {
        Element parent = e.parent();
        if (parent == null || e.className().isEmpty()) {
            return false;
        }
        for (Element sibling : parent.children()) {
            if (sibling != e && sibling.className().equals(e.className())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the page calls itself a product, in the page type the metadata stage read (JSON-LD
     * first, then OpenGraph), its OpenGraph type, its Twitter card or its microdata around or in
     * the region, or sells in the region ({@link #sellsIn}).
     */
    private static boolean declaresProduct(RuleContext context, Document doc, Region region) {
        if (PRODUCT_PAGE_TYPE.equals(context.pageType())) {
            return true;
        }
        for (Element meta : doc.head().getElementsByTag("meta")) {
            String content = meta.attr("content").toLowerCase(Locale.ROOT);
            if (meta.attr("property").equalsIgnoreCase("og:type") && content.startsWith(PRODUCT_OG_TYPE)
                    || meta.attr("name").equalsIgnoreCase("twitter:card") && content.equals(PRODUCT_TWITTER_CARD)) {
                return true;
            }
        }
        for (Element root : region.roots()) {
            for (Element e = root; e != null; e = e.parent()) {
                if (isProductItem(e)) {
                    return true;
                }
            }
            for (Element e : root.getElementsByAttribute("itemtype")) {
                if (isProductItem(e)) {
                    return true;
                }
            }
        }
        return sellsIn(region);
    }

    /** Whether the region holds a purchase control: an element named {@code addToCart}, {@code add-to-cart}... */
    private static boolean sellsIn(Region region) {
        for (Element root : region.roots()) {
            for (Element e : root.getAllElements()) {
                if (namesAddToCart(e.className()) || namesAddToCart(e.id())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean namesAddToCart(String name) {
        String squeezed = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return squeezed.contains(ADD_TO_CART);
    }

    private static boolean isProductItem(Element e) {
        return e.attr("itemtype").toLowerCase(Locale.ROOT).endsWith(PRODUCT_ITEM_TYPE);
    }

    private static int blocksWithin(List<TextBlock> blocks, Element section) {
        int count = 0;
        for (TextBlock b : blocks) {
            if (b.words() > 0 && Ancestors.isWithin(b.owner(), section)) {
                count++;
            }
        }
        return count;
    }

    private static int wordsOutside(List<TextBlock> blocks, Region region, Set<Element> sections) {
        int words = 0;
        for (TextBlock b : blocks) {
            if (region.contains(b.owner()) && !Ancestors.isWithin(b.owner(), sections)) {
                words += b.words();
            }
        }
        return words;
    }
}
