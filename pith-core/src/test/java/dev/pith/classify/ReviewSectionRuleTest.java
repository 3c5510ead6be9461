package dev.pith.classify;

import static dev.pith.classify.Explained.PROSE;
import static dev.pith.classify.Explained.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReviewSectionRuleTest {

    /** A shop's reviews widget under the description: a heading, a rating and two shoppers' reviews. */
    private static final String REVIEWS = "<div class=product-reviews><h2>Customer ratings</h2><p>4.7 / 5</p>"
            + "<div class=review><p>Jo</p><p>Genuine step up from the old model, the frets are smooth and the finish"
            + " is perfect, I am very pleased with it.</p></div>"
            + "<div class=review><p>Sam</p><p>Arrived with a scratch near the neck pocket, but the shop replaced it"
            + " within a week and the new one is flawless.</p></div></div>";

    private static String page(String ogType, String body) {
        return "<html lang=en><head><title>Harbour jacket</title><meta property=og:type content=" + ogType + ">"
                + "</head><body><nav><a href=/>Home</a> <a href=/shop>Shop</a></nav><main><h1>Harbour jacket</h1>"
                + body + "</main><footer><a href=/imprint>Imprint</a></footer></body></html>";
    }

    @Test
    void theReviewsUnderAProductsDescriptionGo() {
        String html = page("product", PROSE + REVIEWS);
        assertThat(verdict(html, "Genuine step up")).isEqualTo("review-section");
        assertThat(verdict(html, "4.7 / 5")).isEqualTo("review-section");
        assertThat(verdict(html, "The council met")).isEmpty();
    }

    @Test
    void aTwitterProductCardDeclaresAProductToo() {
        String html = page("website", PROSE + REVIEWS).replace("</head>", "<meta name=twitter:card content=product></head>");
        assertThat(verdict(html, "Genuine step up")).isEqualTo("review-section");
    }

    /** A shop page whose OpenGraph type says nothing, with a JSON-LD script naming {@code type}. */
    private static String pageWithJsonLd(String type) {
        String jsonLd = "<script type=application/ld+json>{\"@context\":\"https://schema.org\",\"@type\":\"" + type
                + "\",\"name\":\"Harbour jacket\"}</script>";
        return page("website", PROSE + REVIEWS).replace("</head>", jsonLd + "</head>");
    }

    @Test
    void aProductInJsonLdDeclaresAProductToo() {
        // the script is pruned before blocks are classified: the metadata stage's page type carries it
        assertThat(verdict(pageWithJsonLd("Product"), "Genuine step up")).isEqualTo("review-section");
        assertThat(verdict(pageWithJsonLd("NewsArticle"), "Genuine step up")).isEmpty();
    }

    @Test
    void anAddToCartControlInTheRegionMarksAShopPage() {
        String html = page("website", PROSE + "<div id=addToCart_feature><p>In stock</p></div>" + REVIEWS);
        assertThat(verdict(html, "Genuine step up")).isEqualTo("review-section");
    }

    @Test
    void reviewsOnAPageThatIsNoProductStay() {
        String html = page("article", PROSE + REVIEWS);
        assertThat(verdict(html, "Genuine step up")).isEmpty();
    }

    @Test
    void aPressQuoteUnderAReviewsHeadingStays() {
        String quote = "<div id=game_area_reviews class=description><h2>Reviews</h2><p>A modern multiplayer"
                + " masterpiece, deep and constantly evolving, and never too late to join. 9.5/10, Destructoid</p></div>";
        String html = page("product", PROSE + quote);
        assertThat(verdict(html, "A modern multiplayer")).isEmpty();
    }

    @Test
    void reviewsThatAreTheWholeRegionStay() {
        String html = page("product", REVIEWS);
        assertThat(verdict(html, "Genuine step up")).isEmpty();
    }

    @Test
    void aReviewsNameIsAWordOfTheClassOrId() {
        assertThat(ReviewSections.namesReviews("product-reviews")).isTrue();
        assertThat(ReviewSections.namesReviews("userReviews")).isTrue();
        assertThat(ReviewSections.namesReviews("reviews")).isTrue();
        assertThat(ReviewSections.namesReviews("article-previews")).isFalse();
        assertThat(ReviewSections.namesReviews("product-review-card")).isFalse();
    }
}
