package dev.pith.prune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.parse.HtmlParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HeadingAnchorsTest {

    private static Element first(String html, String query) {
        Document doc = HtmlParser.parse("<body>" + html + "</body>", "");
        return doc.selectFirst(query);
    }

    @Test
    void anIdSpellingItsHeadingIsAnAnchor() {
        Element h = first("<h2 id=what-share-of-adolescents-report-treatment>What share of adolescents report"
                + " treatment?</h2>", "h2");

        assertThat(HeadingAnchors.isAnchor(h, h.id())).isTrue();
    }

    // WordPress prefixes its anchors with "h-"; MediaWiki joins the words with underscores
    @Test
    void aPrefixOrUnderscoresStillSpellTheHeading() {
        Element wp = first("<h3 id=h-how-to-use-social-shopping>How to use social shopping</h3>", "h3");
        Element wiki = first("<h3 id=Ebuild_or_package_related>Ebuild or package related</h3>", "h3");

        assertThat(HeadingAnchors.isAnchor(wp, wp.id())).isTrue();
        assertThat(HeadingAnchors.isAnchor(wiki, wiki.id())).isTrue();
    }

    // Documentation generators put the anchor on the section the heading opens, often with
    // wrappers between them
    @Test
    void anIdSpellingTheHeadingThatOpensTheSectionIsAnAnchor() {
        Element section = first("<section id=respond-to-review-comments><div><h2>Respond to review comments¶</h2></div>"
                + "<p>Your patch will almost certainly get comments from reviewers.</p></section>", "section");

        assertThat(HeadingAnchors.isAnchor(section, section.id())).isTrue();
    }

    @Test
    void aShortFurnitureIdOverItsHeadingIsNoAnchor() {
        Element related = first("<div id=related-posts><h3>Related posts</h3><a href=/a>Storm closes the pass</a></div>",
                "div");

        assertThat(HeadingAnchors.isAnchor(related, related.id())).isFalse();
    }

    @Test
    void aHeadingAfterTextDoesNotNameTheSection() {
        Element box = first("<div id=share-this-story-with-friends><p>Tell your friends.</p>"
                + "<h4>Share this story with friends</h4></div>", "div");

        assertThat(HeadingAnchors.isAnchor(box, box.id())).isFalse();
    }

    @Test
    void aLinkHoldingAllOfAHeadingTitlesIt() {
        Element link = first("<h2><a class=toc-backref href=#id3>Sharing with a single developer</a>"
                + "<a class=headerlink href=#s>¶</a></h2>", "a.toc-backref");

        assertThat(HeadingAnchors.titlesHeading(link)).isTrue();
    }

    @Test
    void aBlockOrASpanInsideAHeadingOrALinkToPartOfItsWordsDoesNotTitleIt() {
        Element toc = first("<h2><div class=toc><a href=#a>Trends</a></div></h2>", "div");
        Element byline = first("<h3><span class=last-byline>Carl Erik Fisher</span></h3>", "span");
        Element share = first("<h2>Trends <a class=share href=/s>Share</a></h2>", "a");

        assertThat(HeadingAnchors.titlesHeading(toc)).isFalse();
        assertThat(HeadingAnchors.titlesHeading(byline)).isFalse();
        assertThat(HeadingAnchors.titlesHeading(share)).isFalse();
    }

    @Test
    void aSlugKeepsLettersOfAnyScriptAndJoinsTheRest() {
        assertThat(HeadingAnchors.slug("  Was kostet Tubeless-Montage? ¶")).isEqualTo("was-kostet-tubeless-montage");
        assertThat(HeadingAnchors.slug("¶")).isEmpty();
    }
}
