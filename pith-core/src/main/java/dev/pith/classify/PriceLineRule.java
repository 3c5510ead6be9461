package dev.pith.classify;

import dev.pith.block.TextBlock;
import dev.pith.util.Chars;
import java.util.List;

/**
 * A bare price on a page its markup declares a product ("$22", "29,99 €", "$199.95 $179.95"),
 * after the first: the product's price is given once, by the title; the cart, the variant picker
 * and the "you may also like" cards repeat it or price other things. Only a line of figures and currency signs goes: a
 * sentence that names a price ("Now $22 for members") is the text's. On other pages a bare price
 * may be the content (a menu's, a price list's), and stays.
 */
final class PriceLineRule implements BlockRule {

    /** A price line is a price or a few: a sale price beside the regular one, a range. */
    static final int MAX_WORDS = 4;

    @Override
    public String name() {
        return "price-line";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        return block.words() > 0 && block.words() <= MAX_WORDS && ReviewSections.PRODUCT_PAGE_TYPE.equals(context.pageType())
                && isPrice(block.text()) && i > context.firstPriceLine();
    }

    /** The index of the region's first price line ({@link #isPrice}), or the number of blocks when it has none. */
    static int firstPriceLine(RuleContext context) {
        List<TextBlock> blocks = context.blocks();
        for (int j = 0; j < blocks.size(); j++) {
            TextBlock b = blocks.get(j);
            if (b.words() > 0 && b.words() <= MAX_WORDS && context.region().contains(b.owner()) && isPrice(b.text())) {
                return j;
            }
        }
        return blocks.size();
    }

    /** Figures, separators and at least one currency sign, nothing else. */
    static boolean isPrice(String text) {
        boolean currency = false;
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (Character.getType(c) == Character.CURRENCY_SYMBOL) {
                currency = true;
            } else if (!Chars.isDigit(c) && !isSeparator(c)) {
                return false;
            }
        }
        return currency && Chars.hasDigit(text);
    }

    /** The marks between a price's figures and between prices: spaces, points, commas, dashes, a slash. */
    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == '.' || c == ',' || c == '-' || c == '\u2013' || c == '/' || c == '\u00a0'
                || c == '\'';
    }
}
