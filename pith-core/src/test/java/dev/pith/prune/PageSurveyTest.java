package dev.pith.prune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageSurveyTest {

    @Test
    void measuresTextAndParagraphTextWithWhiteSpaceCollapsed() {
        Element body = Jsoup.parse("<body><h1>Title</h1><p>one  two\n three</p><div>four</div></body>").body();
        PageSurvey survey = PageSurvey.of(body);
        assertThat(survey.chars()).isEqualTo("Title".length() + "one two three".length() + "four".length());
        assertThat(survey.prose()).isEqualTo("one two three".length());
    }

    @Test
    void findsOnlyOutermostCommentSections() {
        Element body = Jsoup.parse("<body><article><p>Story.</p></article>"
                + "<section id=comments><div class=comment>a</div><div class=comment>b</div></section>"
                + "<div class=Disqus-Thread>c</div></body>").body();
        assertThat(PageSurvey.of(body).commentSections())
                .extracting(e -> e.id() + e.className()).containsExactly("comments", "Disqus-Thread");
    }

    // A blog post whose article element is marked "commented" (it has reader comments) is the
    // story, not its comment thread; the thread below it is still one.
    @Test
    void aPostMarkedAsCommentedIsNotACommentSection() {
        Element body = Jsoup.parse("<body><article class='post hentry commented'><p>Story.</p>"
                + "<div class=comment-list><div>a</div></div></article>"
                + "<ul class=most-commented><li>Other story</li></ul></body>").body();
        assertThat(PageSurvey.of(body).commentSections())
                .extracting(Element::className).containsExactly("comment-list");
    }

    // The class and the id are read together: a qualified class does not stop the id naming the thread.
    @Test
    void anIdNamesACommentSectionWhateverTheClassQualifies() {
        Element body = Jsoup.parse("<body><article><p>Story.</p></article>"
                + "<div class=commented id=comments><p>a</p></div><div class=commented><p>b</p></div></body>").body();
        assertThat(PageSurvey.of(body).commentSections()).extracting(Element::id).containsExactly("comments");
    }

    // A forum thread marks the posts of the thread's author ("uix_discussionAuthor"): the opening
    // post is the page's content, not a comment section; the replies' list still is one.
    @Test
    void aPostMarkedAsTheDiscussionAuthorsIsNotACommentSection() {
        Element body = Jsoup.parse("<body><ol><li class='message uix_discussionAuthor'><p>Question.</p></li>"
                + "<li class=comment-author>Ann</li></ol><div class='discussion-replies'><p>a</p></div></body>").body();
        assertThat(PageSurvey.of(body).commentSections())
                .extracting(Element::className).containsExactly("discussion-replies");
    }

    // Headline guard: a Q&A widget's "commenting-on-qna" section wraps the whole story, headline
    // and all; it is not the comment thread, but the thread inside it still is one.
    @Test
    void aSectionHoldingTheHeadlineIsNotACommentSection() {
        Element body = Jsoup.parse("<body><section class=commenting-on-qna><article><h1>Top universities</h1>"
                + "<p>Story.</p></article><div id=comments><p>a</p></div></section></body>").body();
        assertThat(PageSurvey.of(body).commentSections()).extracting(Element::id).containsExactly("comments");
    }

    // The guard reads the first h1 only: a thread after the headline, even one whose posts carry
    // headings of rank one of their own, is still a comment section.
    @Test
    void aCommentSectionAfterTheHeadlineIsStillOne() {
        Element body = Jsoup.parse("<body><article><h1>Story</h1><p>Story.</p></article>"
                + "<section class=comments><h1>3 comments</h1><p>a</p></section></body>").body();
        assertThat(PageSurvey.of(body).commentSections()).extracting(Element::className).containsExactly("comments");
    }

    // Furniture inside furniture, deeper than a default deque holds: each level is measured.
    @Test
    void measuresEveryLevelOfDeeplyNestedFurniture() {
        int levels = 20;
        String html = "<div class=sidebar>x".repeat(levels) + "</div>".repeat(levels);
        Element body = Jsoup.parse("<body><p>Story.</p>" + html + "</body>").body();
        PageSurvey survey = PageSurvey.of(body);
        assertThat(survey.furnitureSizes()).hasSize(levels);
        Element innermost = body.select("div.sidebar").last();
        assertThat(survey.furnitureSizes().get(innermost).chars).isEqualTo(1);
        assertThat(survey.furnitureSizes().get(body.selectFirst("div.sidebar")).chars).isEqualTo(levels);
    }

    @Test
    void parsesNoscriptMarkupBeforeMeasuringIt() {
        Element body = Jsoup.parse("<body><noscript><p>Thread <b>text</b></p></noscript></body>").body();
        PageSurvey survey = PageSurvey.of(body);
        assertThat(body.selectFirst("noscript > p")).isNotNull();
        assertThat(survey.prose()).isEqualTo("Thread text".length());
    }

    @Test
    void findsElementsNamedAsFurnitureUnlessAlsoNamedAsTheBody() {
        Element body = Jsoup.parse("<body><div class=Share-Bar>a</div><div id=x class='article-body share'>b</div>"
                + "<div class=hero>c</div><p class='post ad'>d</p></body>").body();
        Set<Element> named = PageSurvey.of(body).namedFurniture();
        assertThat(body.children()).extracting(named::contains).containsExactly(true, false, false, true);
    }

    // "wsite-not-footer" wraps a page's content: the word before a furniture name negates it.
    @Test
    void aNegatedFurnitureNameIsNotFurniture() {
        Element body = Jsoup.parse("<body><div class='wsite-elements wsite-not-footer'>a</div>"
                + "<div class='wsite-footer'>b</div><div class='page no-sidebar'>c</div></body>").body();
        Set<Element> named = PageSurvey.of(body).namedFurniture();
        assertThat(body.children()).extracting(named::contains).containsExactly(false, true, false);
    }

    // A CMS that joins words with underscores names its post body "..._post_body"; the content
    // name wins over the furniture part ("meta") of its class. Furniture stems are not read
    // across underscores ("lm_navSource" is a content section, not navigation).
    @Test
    void aContentNameWrittenWithUnderscoresWinsOverFurnitureParts() {
        Element body = Jsoup.parse("<body><span class='hs_cos_wrapper hs_cos_wrapper_meta_field'"
                + " id=hs_cos_wrapper_post_body>a</span><span class='hs_cos_wrapper_meta_field'>b</span>"
                + "<div class='contact_section lm_navSource'>c</div></body>").body();
        Set<Element> named = PageSurvey.of(body).namedFurniture();
        assertThat(body.children()).extracting(named::contains).containsExactly(false, true, false);
    }
}
