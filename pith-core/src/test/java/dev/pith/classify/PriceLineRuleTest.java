package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A product page's bare prices after the first go; the first, a sentence with a price, and other pages' prices stay. */
class PriceLineRuleTest {

    private static String page(String ogType, String body) {
        return "<html lang=en><head><title>Harbour jacket</title><meta property=og:type content=" + ogType + ">"
                + "</head><body><article><h1>Harbour jacket</h1>" + body + "</article></body></html>";
    }

    private static final String SHOP = "<p>$129.00</p>" + PROSE + "<p>Now $99 for members of the sailing club.</p>"
            + "<div class=cart><p>$129.00</p></div><div class=also><p>€ 89,95 – € 99,95</p></div>";

    @Test
    void pricesAfterTheProductsOwnGo() {
        String html = page("product", SHOP);
        assertThat(verdict(html, "€ 89,95")).isEqualTo("price-line");
        assertThat(verdict(html, "$129.00")).isEmpty();
        assertThat(verdict(html, "Now $99")).isEmpty();
    }

    @Test
    void pricesOnOtherPagesStay() {
        assertThat(verdict(page("article", SHOP), "€ 89,95")).isNotEqualTo("price-line");
    }

    @Test
    void aPriceIsFiguresAndACurrencySign() {
        assertThat(PriceLineRule.isPrice("$1,999.95 $1,799.95")).isTrue();
        assertThat(PriceLineRule.isPrice("29,99 €")).isTrue();
        assertThat(PriceLineRule.isPrice("2,500")).isFalse();
        assertThat(PriceLineRule.isPrice("$22 off")).isFalse();
    }
}
