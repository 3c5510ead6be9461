package dev.pith.prune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.parse.HtmlParser;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What {@link Pruner} removes before segmentation, and what it must leave alone. */
class PrunerTest {

    /** A paragraph of running prose, long enough to be the text of a page. */
    private static final String PARAGRAPH = "<p>The council met on Tuesday evening to discuss the plan for the"
            + " river bank, which has flooded three times in the last ten years and left many of the houses near"
            + " it empty. Residents said they had waited long enough and that the wall should be built soon.</p>";

    /** Three paragraphs: the article of a page. */
    private static final String ARTICLE_TEXT = PARAGRAPH
            + PARAGRAPH.replace("council", "committee") + PARAGRAPH.replace("river", "canal");

    private static Document parse(String html) {
        return HtmlParser.parse(html, "");
    }

    // A news article page: a site menu, a script, a sidebar, a share bar named by its class, a
    // hidden pop-up and a footer around the article.
    private static final String FURNISHED_ARTICLE = "<body>"
            + "<nav><a href=/>Home</a> <a href=/news>News</a> <a href=/sport>Sport</a></nav>"
            + "<script>var tracking = 'page view';</script>"
            + "<main><article><h1>Council backs the river wall</h1>" + ARTICLE_TEXT
            + "<div class=share-buttons><a href=/fb>Facebook</a> <a href=/x>Post it</a></div></article></main>"
            + "<aside><h3>Most read</h3><a href=/a>Storm closes the pass</a></aside>"
            + "<div style='display:none'>Sign up for our newsletter today</div>"
            + "<footer><p>Copyright the publisher</p></footer>"
            + "</body>";

    @Test
    void furnitureAroundAnArticleIsRemoved() {
        Document doc = parse(FURNISHED_ARTICLE);

        Pruner.prune(doc, false, false);

        assertThat(doc.select("nav, script, aside, footer, .share-buttons")).isEmpty();
        assertThat(doc.body().text()).doesNotContain("Sign up for our newsletter");
    }

    @Test
    void pickersOfHundredsOfOptionsAreRemovedHoweverMuchTextTheyHold() {
        // a sign-up form under a short article: three country pickers hold more words than the
        // article, yet an option list is never the page's text
        StringBuilder options = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            options.append("<option>Country number ").append(i).append(" of the list</option>");
        }
        String picker = "<select class=country>" + options + "</select>";
        Document doc = parse("<body><article><h1>Council backs the river wall</h1>" + PARAGRAPH + "</article>"
                + "<form>" + picker + picker + picker + "</form></body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.select("select")).isEmpty();
        assertThat(doc.select("article p")).hasSize(1);
    }

    @Test
    void theControlsOfAVideoPlayerAreRemovedButAButtonRoleIsNot() {
        // a player's progress bar, time and volume slider are widgets; an accordion's header is a
        // button that holds a question of the page's FAQ
        Document doc = parse("<body><article><h1>Council backs the river wall</h1>" + ARTICLE_TEXT
                + "<div class=player><div role=progressbar>Loaded: 0%</div><div role=slider>Volume 80%</div>"
                + "<div role=timer>0:00</div></div>"
                + "<div role=button>When will the wall be built?</div></article></body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.body().text()).doesNotContain("Loaded", "Volume", "0:00").contains("When will the wall be built?");
    }

    @Test
    void theArticleItselfIsKept() {
        Document doc = parse(FURNISHED_ARTICLE);

        Pruner.prune(doc, false, false);

        assertThat(doc.select("article p")).hasSize(3);
        assertThat(doc.select("h1").text()).isEqualTo("Council backs the river wall");
    }

    @Test
    void eachRemovalIsReportedWithItsRule() {
        List<Removal> removals = Pruner.prune(parse(FURNISHED_ARTICLE), false, true);

        assertThat(removals).isNotEmpty().allSatisfy(r -> assertThat(r.rule()).isNotBlank());
        assertThat(removals).extracting(Removal::what).contains("nav", "aside", "footer", "div.share-buttons");
    }

    @Test
    void withoutAReportTheDocumentIsPrunedAllTheSame() {
        Document doc = parse(FURNISHED_ARTICLE);

        assertThat(Pruner.prune(doc, false, false)).isEmpty();
        assertThat(doc.select("nav, aside, footer")).isEmpty();
    }

    // A theme that wraps the whole article in a container named like a sidebar, and another that
    // puts it in an <aside>: the name or tag lies, the text tells the truth.
    @Test
    void aFurnitureNameOnTheContainerOfMostOfThePageIsIgnored() {
        Document named = parse("<body><nav><a href=/>Home</a></nav><div class=sticky-sidebar-layout><h1>Title</h1>"
                + ARTICLE_TEXT + "</div></body>");
        Document aside = parse("<body><nav><a href=/>Home</a></nav><aside><h1>Title</h1>" + ARTICLE_TEXT + "</aside></body>");

        Pruner.prune(named, false, false);
        Pruner.prune(aside, false, false);

        assertThat(named.select("p")).hasSize(3);
        assertThat(aside.select("p")).hasSize(3);
    }

    // A blog post with a shorter reader-comment section under it.
    private static final String POST_WITH_COMMENTS = "<body><article><h1>Council backs the river wall</h1>" + ARTICLE_TEXT
            + "</article><section class=comments><h3>2 comments</h3>"
            + "<div><p>Great news for the town, finally.</p></div><div><p>About time too.</p></div></section></body>";

    @Test
    void readerCommentsUnderAnArticleAreRemoved() {
        Document doc = parse(POST_WITH_COMMENTS);

        Pruner.prune(doc, false, false);

        assertThat(doc.body().text()).doesNotContain("Great news for the town").contains("The council met");
    }

    @Test
    void readerCommentsStayWhenTheCallerAsksForThem() {
        Document doc = parse(POST_WITH_COMMENTS);

        Pruner.prune(doc, true, false);

        assertThat(doc.body().text()).contains("Great news for the town", "About time too");
    }

    // The whole story sits in a section named for comments (a Q&A widget's wrapper) beside a long
    // footer: the section holds the headline, so it is not the comment thread and stays; the real
    // thread inside it still goes.
    @Test
    void aCommentNamedWrapperAroundTheHeadlineStays() {
        Document doc = parse("<body><section class=commenting-on-qna><h1>Council backs the river wall</h1>" + ARTICLE_TEXT
                + "<div class=comments><p>Great news for the town, finally.</p></div></section><footer>"
                + PARAGRAPH.replace("council", "club") + PARAGRAPH.replace("council", "board") + "</footer></body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.body().text()).contains("The council met", "The committee met")
                .doesNotContain("Great news for the town");
    }

    // A forum thread: a one-line question and a long "comments" section with the answers. The
    // comments are the page.
    @Test
    void commentsThatAreMostOfThePageStay() {
        Document doc = parse("<body><h1>Where to park near the river?</h1><p>Any tips?</p><div class=comment-list>"
                + "<div class=comment>" + PARAGRAPH + "</div><div class=comment>"
                + PARAGRAPH.replace("council", "committee") + "</div></div></body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.select("div.comment p")).hasSize(2);
    }

    // A heading whose id is its anchor: "share" in it is a word of the heading, not a share bar.
    @Test
    void aHeadingWhoseIdSpellsItsWordsStays() {
        Document doc = parse("<body><article><h1>Teens and mental health</h1>" + ARTICLE_TEXT
                + "<h2 id=what-share-of-teens-get-treatment>What share of teens get treatment?</h2>" + PARAGRAPH
                + "</article></body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.select("h2")).hasSize(1);
    }

    @Test
    void aFurnitureIdThatIsNoAnchorStillRemovesItsBox() {
        Document doc = parse("<body><article><h1>Teens and mental health</h1>" + ARTICLE_TEXT
                + "</article><div id=share-buttons><h3>Share</h3><a href=/fb>Facebook</a></div></body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.select("#share-buttons")).isEmpty();
    }

    // docutils links each section title back to the contents; the link's class names the contents.
    @Test
    void aHeadingsTitleLinkStaysWhateverItsClass() {
        Document doc = parse("<body><article><h1>Council backs the river wall</h1>" + ARTICLE_TEXT
                + "<h2><a class=toc-backref href=#id1>The vote</a></h2>" + PARAGRAPH + "</article></body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.select("h2").text()).isEqualTo("The vote");
    }

    // A listing whose theme gives every item a furniture-sounding class ("promo"): one such box
    // would be furniture, but together they hold the page.
    @Test
    void manyAlikeMatchedElementsHoldingThePageAreItsItems() {
        String item = "<div class=promo-item>" + PARAGRAPH + "</div>";
        Document doc = parse("<body><h1>Offers this week</h1>" + item.repeat(4) + "</body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.select("div.promo-item")).hasSize(4);
    }

    // A spared item that holds a sign-up form: its text stays, the picker's options do not.
    @Test
    void thePickerInsideASparedItemIsRemoved() {
        String item = "<div class=promo-item>" + PARAGRAPH + "</div>";
        String form = "<div class=promo-item><select><option>Albania<option>Andorra<option>Austria</select></div>";
        Document doc = parse("<body><h1>Offers this week</h1>" + item.repeat(4) + form + "</body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.select("div.promo-item")).hasSize(5);
        assertThat(doc.select("select")).isEmpty();
    }

    // Outside a picker, the spared items keep all they hold.
    @Test
    void aSparedItemWithoutAPickerKeepsItsText() {
        String item = "<div class=promo-item>" + PARAGRAPH + "<label>Quantity</label></div>";
        Document doc = parse("<body><h1>Offers this week</h1>" + item.repeat(4) + "</body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.select("div.promo-item label")).hasSize(4);
    }

    @Test
    void oneFurnitureNamedBoxBesideAnArticleIsRemoved() {
        Document doc = parse("<body><article>" + ARTICLE_TEXT + "</article>"
                + "<div class=promo-item><p>Subscribe now and save half.</p></div></body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.select("div.promo-item")).isEmpty();
    }

    // A template parks tracking data in a box with the framework class "hidden" (display:none)
    // and files each post under a "postmetadata" line; neither is the article.
    @Test
    void frameworkHiddenBoxesAndPostMetadataLinesAreRemoved() {
        Document doc = parse("<body><article><h1>Council backs the river wall</h1>" + ARTICLE_TEXT
                + "<div class=hidden>page: news/council-backs-wall section: local</div>"
                + "<p class='postmetadata alt'>Filed on Tuesday under Local, Council.</p></article></body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.select("div.hidden, p.postmetadata")).isEmpty();
        assertThat(doc.select("article > p")).hasSize(3);
    }

    // A popover card stays hidden until its button opens it: a forum's push-notification settings.
    // One the page's script opens itself (popover=manual) may be on show, as a player's stage is.
    @Test
    void popoversAButtonOpensAreRemovedScriptOpenedOnesStay() {
        Document doc = parse("<body><article><h1>Council backs the river wall</h1>" + ARTICLE_TEXT
                + "<div popover id=push><h4>Configure browser push notifications</h4><p>Tap the lock icon.</p></div>"
                + "<div popover=manual class=stage><p>Trailers and screenshots of the wall</p></div></article></body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.select("#push")).isEmpty();
        assertThat(doc.select("div.stage")).hasSize(1);
    }

    // A Q&A marks each answer's votes up for search engines (itemprop=upvoteCount): the count goes.
    // A longer element carrying a count's property holds more than the count, and stays.
    @Test
    void markedUpCountsGoLongerElementsWithTheirPropertyStay() {
        Document doc = parse("<body><article><h1>Council backs the river wall</h1>"
                + "<div class=votes itemprop=upvoteCount data-value=13>13</div>" + ARTICLE_TEXT
                + "<div class=summary itemprop=commentCount>Residents wrote 42 letters to the council about the wall</div>"
                + "</article></body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.select("div.votes")).isEmpty();
        assertThat(doc.select("div.summary")).hasSize(1);
    }

    // Classes that hide only on some screens, or only name hiding as part of a longer word, hide
    // nothing on a desktop page.
    @Test
    void responsiveHidingClassesAreNotHidden() {
        Document doc = parse("<body><article><h1>Council backs the river wall</h1>" + ARTICLE_TEXT
                + "<p class=hidden-xs>The full plan is on the council's site.</p></article></body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.select("p.hidden-xs")).hasSize(1);
    }

    // Table-of-contents plugins mark each heading of the article ("ez-toc-section",
    // "wp-block-heading toc"): the heading titles its section all the same.
    @Test
    void aHeadingATableOfContentsPluginMarkedStays() {
        Document doc = parse("<body><article><h1>Council backs the river wall</h1>" + ARTICLE_TEXT
                + "<h2 class=ez-toc-section>The vote</h2>" + PARAGRAPH
                + "<h2 class='wp-block-heading toc'>What comes next</h2>" + PARAGRAPH + "</article></body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.select("h2")).extracting(e -> e.text()).containsExactly("The vote", "What comes next");
    }

    // A heading named furniture by more than its "toc" part is still furniture, and so is a
    // contents box, heading and all.
    @Test
    void aTocMarkedHeadingNamedFurnitureOtherwiseGoes() {
        Document doc = parse("<body><article><h1>Council backs the river wall</h1>" + ARTICLE_TEXT
                + "<h3 class='toc share-title'>Share this</h3>"
                + "<div class=toc><h2 class=toc-title>Contents</h2><a href=#v>The vote</a></div></article></body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.select("h3, div.toc")).isEmpty();
    }

    /** A grid of eight linked products, each with a short name and a price. */
    private static final String PRODUCT_GRID = "<section class=related-product>"
            + "<div class=item><a href=/1>Mower KR161 quarter acre</a> $2,099</div>".repeat(8) + "</section>";

    /** A site menu and footer, which outweigh a small grid. */
    private static final String MENU_AND_FOOTER = "<nav>" + "<a href=/m>Mowers and trimmers for the garden</a> ".repeat(20)
            + "</nav><footer>" + "<a href=/f>Terms and conditions of sale</a> ".repeat(20) + "</footer>";

    // A shop's category page whose theme names the product grid "related-product": the site's
    // menu and footer outweigh the grid, yet it is all the page has besides them.
    @Test
    void aTeaserNamedGridThatIsAllThePageHoldsStays() {
        Document doc = parse("<body>" + MENU_AND_FOOTER + "<h1>Robotic lawn mowers</h1>" + PRODUCT_GRID + "</body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.select("section.related-product")).hasSize(1);
    }

    // The same grid beside an article is the article's related box.
    @Test
    void aTeaserNamedGridBesideAnArticleGoes() {
        Document doc = parse("<body>" + MENU_AND_FOOTER + "<article><h1>Mowing in spring</h1>" + PARAGRAPH
                + "</article>" + PRODUCT_GRID + "</body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.select("section.related-product")).isEmpty();
    }

    // XenForo's ad manager puts sponsor lines between a thread's posts.
    @Test
    void anAdManagerUnitBetweenPostsGoes() {
        Document doc = parse("<body><article>" + ARTICLE_TEXT + "</article>"
                + "<div class='samBannerUnit samAlignCenter'><p>This forum made possible through the support of sponsors.</p></div></body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.select("div.samBannerUnit")).isEmpty();
    }

    // A tab set shows one panel and marks the others aria-hidden until their tab is pressed:
    // they are the page's text all the same.
    @Test
    void theClosedPanelsOfATabSetStay() {
        Document doc = parse("<body><article><h1>Plans and prices</h1>" + ARTICLE_TEXT
                + "<div role=tabpanel aria-hidden=false><p>The basic plan holds five users.</p></div>"
                + "<div role=tabpanel aria-hidden=true id=pro><p>The pro plan holds fifty users.</p></div>"
                + "</article></body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.select("#pro")).hasSize(1);
    }

    // An aria-hidden carousel slide or duplicate link is no tab panel, and goes.
    @Test
    void anAriaHiddenBoxThatIsNoTabPanelGoes() {
        Document doc = parse("<body><article><h1>Plans and prices</h1>" + ARTICLE_TEXT
                + "<li aria-hidden=true class=slide><p>The pro plan holds fifty users.</p></li></article></body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.select("li.slide")).isEmpty();
    }

    // An accordion's closed answer is aria-hidden until its button opens it: the button's
    // aria-controls names the panel, and the panel is the page's text.
    @Test
    void aClosedAccordionPanelStays() {
        Document doc = parse("<body><article><h1>Questions</h1>" + ARTICLE_TEXT
                + "<button aria-expanded=false aria-controls=answer-1>How many users does the pro plan hold?</button>"
                + "<div id=answer-1 aria-hidden=true><p>The pro plan holds fifty users.</p></div>"
                + "</article></body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.select("#answer-1")).hasSize(1);
    }

    // A button with a pop-up opens a menu, not a panel of the text: its hidden target goes.
    @Test
    void aHiddenMenuThatAPopUpButtonOpensGoes() {
        Document doc = parse("<body><article><h1>Questions</h1>" + ARTICLE_TEXT
                + "<button aria-haspopup=true aria-expanded=false aria-controls=menu-1>Menu</button>"
                + "<ul id=menu-1 aria-hidden=true><li>Home</li><li>Plans and prices for every team</li></ul>"
                + "</article></body>");

        Pruner.prune(doc, false, false);

        assertThat(doc.select("#menu-1")).isEmpty();
    }
}
