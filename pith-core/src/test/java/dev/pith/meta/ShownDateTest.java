package dev.pith.meta;

import static dev.pith.meta.MetadataExtractorTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.model.Metadata;
import org.junit.jupiter.api.Test;

/** The date a reader sees: the {@code date} field, the headline it is read around, and furniture exceptions. */
class ShownDateTest {

    @Test
    void dateIsThePublicationDateWhenThereIsOne() {
        String html = """
            <meta property="article:published_time" content="2025-03-01">
            <meta property="article:modified_time" content="2025-06-01">
            <h1>Headline</h1><p>Updated June 1, 2025</p>""";
        Metadata m = extract(html);
        assertThat(m.published()).isEqualTo("2025-03-01");
        assertThat(m.date()).isEqualTo("2025-03-01");
    }

    @Test
    void shownUpdateDateWhenNothingSaysPublished() {
        Metadata m = extract("<h1>Best tax software</h1><p>By Ann Lee</p><p>Updated on July 9, 2025</p>");
        assertThat(m.published()).isEmpty();
        assertThat(m.modified()).isEqualTo("2025-07-09");
        assertThat(m.date()).isEqualTo("2025-07-09");
    }

    @Test
    void markupModificationAloneIsNoShownDate() {
        Metadata m = extract("""
            <meta property="article:modified_time" content="2025-06-01"><h1>Services</h1><p>We help.</p>""");
        assertThat(m.modified()).isEqualTo("2025-06-01");
        assertThat(m.date()).isEmpty();
    }

    @Test
    void updateTimeElementAloneIsNoShownDate() {
        Metadata m = extract("<h1>Models</h1><ul><li>Model A <time class=\"updated\" datetime=\"2025-06-01\">1 day ago</time></li></ul>");
        assertThat(m.date()).isEmpty();
    }

    @Test
    void dateLineJustAboveTheHeadline() {
        Metadata m = extract("""
            <div><span>Last updated:</span> <span>Dec 12, 2025</span></div>
            <h1>Top agencies</h1><p>Agencies help with search.</p>""");
        assertThat(m.date()).isEqualTo("2025-12-12");
    }

    @Test
    void dateUnderTheHeadlineBeatsTheOneAbove() {
        Metadata m = extract("""
            <div>Today is November 1, 2025</div>
            <h1>Story</h1><div>March 5, 2025</div><p>Text.</p>""");
        assertThat(m.published()).isEqualTo("2025-03-05");
    }

    @Test
    void siteNameH1InTheHeaderIsNotTheHeadline() {
        String html = """
            <title>How to write a newsletter - by Ann Lee</title>
            <header><h1>MarTech Weekly</h1></header>
            """ + "<nav>" + "<a href=\"/x\">Section</a>".repeat(PageScan.NEAR_HEADLINE_ELEMENTS) + "</nav>" + """
            <h1>How to write a newsletter</h1><div>Nov 02, 2025</div><p>Text.</p>""";
        assertThat(extract(html).published()).isEqualTo("2025-11-02");
    }

    @Test
    void headlineStyledAsAParagraphWhenThePageHasNoH1() {
        Metadata m = extract("""
            <title>Top 5 HR tools in 2025 | Acme</title>
            <div><p class="text">Top 5 HR tools in 2025</p></div><div><p>Acme Team</p><p>Feb 16, 2025</p></div>
            <p>Text.</p>""");
        assertThat(m.published()).isEqualTo("2025-02-16");
    }

    @Test
    void titleTextIsNoHeadlineBesideAnH1() {
        String html = "<title>Top 5 HR tools in 2025 | Acme</title><h1>Pricing</h1>"
                + "<p>Paragraph.</p>".repeat(PageScan.NEAR_HEADLINE_ELEMENTS)
                + "<div><p>Top 5 HR tools in 2025</p><p>Feb 16, 2025</p></div>";
        assertThat(extract(html).published()).isEmpty();
    }

    @Test
    void newsletterPlatformArticleIsNotASignupBox() {
        Metadata m = extract("""
            <article class="newsletter-post post"><h1>Issue 12</h1><div>Dec 04, 2025</div><p>Text.</p></article>""");
        assertThat(m.published()).isEqualTo("2025-12-04");
    }

    @Test
    void newsletterSignupBoxStaysFurniture() {
        Metadata m = extract("""
            <h1>Story</h1><p>Text.</p><div class="newsletter-signup"><span class="date">Dec 04, 2025</span></div>""");
        assertThat(m.published()).isEmpty();
    }

    @Test
    void mainColumnOfASidebarLayoutIsNotFurniture() {
        Metadata m = extract("""
            <div class="story-template-sidebar main-content"><h1>Skincare</h1>
            <div class="story-date">May 31, 2024</div><p>Text.</p></div>""");
        assertThat(m.published()).isEqualTo("2024-05-31");
    }

    @Test
    void sidebarInsideTheMainElementStaysFurniture() {
        Metadata m = extract("""
            <main><h1>Story</h1><p>Text.</p><div class="sidebar"><span class="date">May 31, 2024</span></div></main>""");
        assertThat(m.published()).isEmpty();
    }

    @Test
    void dateLineInsideTheBylineBlock() {
        Metadata m = extract("""
            <h1>Laptops</h1><div class="article-byline"><p>Written by Ann Lee, editor</p>
            <p class="article-byline__pub-dates">Updated March 13, 2024</p></div><p>Text.</p>""");
        assertThat(m.date()).isEqualTo("2024-03-13");
    }

    @Test
    void labelledPublicationLineAtTheEndWhenNothingElseDatesThePage() {
        String html = "<h1>Rust backend</h1>" + "<p>Paragraph.</p>".repeat(PageScan.NEAR_HEADLINE_ELEMENTS)
                + "<div>Posted on the 15/12/2025 at 19:00 by <a href=\"/me\">@me</a></div>";
        Metadata m = extract(html);
        assertThat(m.published()).isEqualTo("2025-12-15");
    }

    @Test
    void forumThreadStartLine() {
        String html = "<h1>Forum</h1>" + "<a href=\"/b\">Board</a>".repeat(PageScan.NEAR_HEADLINE_ELEMENTS)
                + "<h2>How do you use AI?</h2><p>Started by Ann Lee, June 04, 2024, 11:23:55 AM</p>";
        assertThat(extract(html).published()).isEqualTo("2024-06-04");
    }

    @Test
    void labelledUpdateLineFarFromTheHeadlineIsASiteStamp() {
        String html = "<h1>Pods</h1>" + "<p>Paragraph.</p>".repeat(PageScan.NEAR_HEADLINE_ELEMENTS)
                + "<p>Last updated: Mar 06, 2025</p>";
        assertThat(extract(html).date()).isEmpty();
    }

    @Test
    void productPageHasNoPublicationDate() {
        Metadata m = extract("""
            <script type="application/ld+json">{"@type":"Product","name":"Kettle","releaseDate":"2021-02-12",
             "review":{"@type":"Review","datePublished":"2025-06-20"}}</script>
            <meta property="og:type" content="product"><meta name="date" content="2025-06-20">
            <h1>Kettle</h1><span class="date">June 20, 2025</span>""");
        assertThat(m.pageType()).isEqualTo("product");
        assertThat(m.published()).isEmpty();
        assertThat(m.date()).isEmpty();
    }

    private static final String MIGRATED_MARKUP = """
            <meta property="article:published_time" content="2025-08-21T07:00:00Z">""";

    @Test
    void bareDateLineEarlierThanTheMarkupWins() {
        Metadata m = extract(MIGRATED_MARKUP + "<h1>Top companies</h1><div><span>Published</span> <span>Apr 26, 2023</span></div>");
        assertThat(m.published()).isEqualTo("2023-04-26");
        assertThat(m.date()).isEqualTo("2023-04-26");
    }

    @Test
    void bareDateLineLaterThanTheMarkupDoesNot() {
        Metadata m = extract(MIGRATED_MARKUP + "<h1>Top companies</h1><div>Nov 26, 2025</div>");
        assertThat(m.published()).isEqualTo("2025-08-21T07:00:00Z");
    }

    private static final String REPUBLISHED_MARKUP = """
            <script type="application/ld+json">{"@type":"Article","datePublished":"2024-08-29T10:00:00+00:00"}</script>
            <meta property="article:published_time" content="2024-08-29T10:00:00+00:00">
            <meta name="date" content="November 25, 2025">""";

    @Test
    void laterDateLineThatOtherMarkupStatesWins() {
        Metadata m = extract(REPUBLISHED_MARKUP + "<h1>Streaming</h1><div>Nov 25, 2025 5:00 am PST</div><p>Text.</p>");
        assertThat(m.published()).isEqualTo("2025-11-25");
    }

    // The story was reworked and republished: the markup's modification day is the day it shows.
    @Test
    void laterDateLineThatTheMarkupAlsoGivesAsModifiedWins() {
        Metadata m = extract(REPUBLISHED_MARKUP + """
            <meta property="article:modified_time" content="2025-11-25T09:00:00Z">
            <h1>Streaming</h1><div>Nov 25, 2025 5:00 am PST</div><p>Text.</p>""");
        assertThat(m.published()).isEqualTo("2025-11-25");
    }

    // "Updated <time>…</time>": the label is the parent's text, the date the element's own.
    @Test
    void laterDateLineLabelledAsUpdateBesideItDoesNot() {
        Metadata m = extract(REPUBLISHED_MARKUP + """
            <meta property="article:modified_time" content="2025-11-25T09:00:00Z">
            <h1>Streaming</h1><div><span>Updated <time>Nov 25, 2025</time></span></div><p>Text.</p>""");
        assertThat(m.published()).isEqualTo("2024-08-29T10:00:00+00:00");
        assertThat(m.date()).isEqualTo("2024-08-29T10:00:00+00:00");
    }

    // A page whose only publication date sits in framework state, under a shown "Updated:" line.
    @Test
    void shownUpdateLineBeatsAPublicationDateOnlyScriptsState() {
        Metadata m = extract("""
            <script>window.__STATE__ = {"publishedAt":"2023-04-07T14:11:18+00:00"}</script>
            <h1>Best tutors</h1><div><span>Updated: <span>December 31, 2024</span></span></div><p>Text.</p>""");
        assertThat(m.published()).isEqualTo("2023-04-07T14:11:18+00:00");
        assertThat(m.date()).isEqualTo("2024-12-31");
    }

    @Test
    void shownUpdateLineDoesNotBeatAPublicationDateTheMarkupStates() {
        Metadata m = extract("""
            <meta property="article:published_time" content="2023-04-07T14:11:18+00:00">
            <h1>Best tutors</h1><div><span>Updated: <span>December 31, 2024</span></span></div><p>Text.</p>""");
        assertThat(m.date()).isEqualTo("2023-04-07T14:11:18+00:00");
    }

    @Test
    void onlyBareDateLinesCount() {
        assertThat(extract(MIGRATED_MARKUP + "<h1>Issue</h1><p>Last post: 01/12/2025 at 6:49 pm</p>").published())
                .isEqualTo("2025-08-21T07:00:00Z");
        assertThat(extract(MIGRATED_MARKUP + "<h1>Issue</h1><p>Release 2024.4.4 broke the start-up of my server</p>")
                .published()).isEqualTo("2025-08-21T07:00:00Z");
        assertThat(extract(MIGRATED_MARKUP + "<h1>Issue</h1><p>Updated March 1, 2025</p>").published())
                .isEqualTo("2025-08-21T07:00:00Z");
    }

    @Test
    void updateLabelAfterTheDateLeavesItThePublicationDate() {
        Metadata m = extract("""
            <h1>Which forum software?</h1>
            <span class="post_date">2019-02-23, 09:14 PM <span>(This post was last modified: 2019-02-24, 01:56 AM.)</span></span>""");
        assertThat(m.published()).isEqualTo("2019-02-23");
        assertThat(m.date()).isEqualTo("2019-02-23");
    }

    @Test
    void updateLabelBeforeTheDateMakesAnUpdateLine() {
        assertThat(VisibleSource.isUpdateLine("Last updated: Feb 24, 2019", "2019-02-24")).isTrue();
        assertThat(VisibleSource.isUpdateLine("Feb 23, 2019 (last modified Feb 24, 2019)", "2019-02-23")).isFalse();
        assertThat(VisibleSource.isUpdateLine("Published Feb 1, 2019, updated Feb 24, 2019", "2019-02-01")).isFalse();
    }

    @Test
    void draftCreationDateDoesNotHideARegenerationStamp() {
        Metadata m = extract("""
            <script type="application/ld+json">{"@type":"Article","datePublished":"2025-11-29T12:28:31-05:00",
             "dateCreated":"2025-08-08T00:00:00-04:00","dateModified":"2025-11-29T12:28:31-05:00"}</script>
            <meta property="article:published_time" content="2025-08-08T00:00:00-04:00">
            <h1>Free accounting tools</h1><p>Text.</p>
            <div class="article-body__published">Published <time pubdate datetime="2025-08-13">August 13, 2025</time></div>""");
        assertThat(m.published()).isEqualTo("2025-08-13");
    }

    @Test
    void publicationStampAfterTheLastModificationIsDropped() {
        Metadata m = extract("""
            <meta name="published-time" content="2025-12-09T08:45:32.183Z">
            <meta name="modified-date" content="2024-07-30">
            <meta name="published-date" content="2021-02-16">
            <h1>Emerging technologies</h1><p>Text.</p>""");
        assertThat(m.published()).isEqualTo("2021-02-16");
    }

    @Test
    void singlePublicationDateAfterTheModificationIsKept() {
        Metadata m = extract("""
            <meta property="article:published_time" content="2025-12-20">
            <meta property="article:modified_time" content="2025-12-19">
            <h1>Story</h1><p>Text.</p>""");
        assertThat(m.published()).isEqualTo("2025-12-20");
    }

    @Test
    void urlDateSettlesAnAmbiguousNumericDateShownOnThePage() {
        String html = """
            <html lang="en"><meta property="og:url" content="https://example.com/blog/2023/october/03/wine-types">
            <h1>Wine types</h1><div class="blog-date"><span>03/10/2023</span></div><p>Text.</p>""";
        assertThat(extract(html).published()).isEqualTo("2023-10-03");
    }

    @Test
    void ambiguousMetaDateDoesNotOverruleTheShownDate() {
        String html = """
            <html lang="en"><meta property="article:published_time" content="03-09-2025">
            <h1>Story</h1><div>03/09/2025</div><p>Text.</p>""";
        assertThat(extract(html).published()).isEqualTo("2025-03-09");
    }

    @Test
    void originallyPublishedDateWinsWhenEarlier() {
        String html = """
            <h1>Pros and cons of a tiny home</h1><div>30 Sep 2022</div><p>Text.</p>
            <p class="publish-date-disclaimer">This article was originally published on 26 Sep 2019 at 4:12pm
              but has been regularly updated.</p>""";
        assertThat(extract(html).published()).isEqualTo("2019-09-26");
    }

    @Test
    void originallyPublishedReadsTheDateAfterTheLabel() {
        String html = """
            <meta property="article:published_time" content="2022-03-02">
            <h1>Story</h1><p class="article-date">Updated March 9, 2022. Originally published March 1, 2022.</p>""";
        assertThat(extract(html).published()).isEqualTo("2022-03-01");
    }

    @Test
    void utcMarkupTakesTheLocalDayOfTheSameInstantShownOnThePage() {
        String html = """
            <script type="application/ld+json">{"@type":"DiscussionForumPosting","datePublished":"2025-12-18T23:25:38+00:00"}</script>
            <h1>Thread</h1><div class="message"><time datetime="2025-12-19T04:25:38+05:00">Dec 19, 2025</time></div>""";
        assertThat(extract(html).published()).isEqualTo("2025-12-19T04:25:38+05:00");
    }

    @Test
    void utcMarkupOfAnotherInstantKeepsItsDay() {
        String html = """
            <script type="application/ld+json">{"@type":"Article","datePublished":"2025-12-18T23:25:38Z"}</script>
            <h1>Story</h1><time datetime="2025-12-19T09:00:00+05:00">Dec 19, 2025</time>""";
        assertThat(extract(html).published()).isEqualTo("2025-12-18T23:25:38Z");
    }

    @Test
    void zonelessMarkupTimestampTakesTheAdjacentDayShownOnThePageWhenAnOffsetCanReachIt() {
        String page = """
            <script type="application/ld+json">{"@type":"DiscussionForumPosting","datePublished":"%s"}</script>
            <h1>Trip report</h1><div>Posted by lowjhg on Feb 14, 2025 | 9:05 pm</div>""";
        assertThat(extract(page.formatted("2025-02-15T03:05:48")).published()).isEqualTo("2025-02-14");
        // no offset moves 15:05 back across midnight (UTC-12 at most): the markup keeps its day
        assertThat(extract(page.formatted("2025-02-15T15:05:48")).published()).isEqualTo("2025-02-15T15:05:48");
    }
}
