package dev.pith;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.model.Article;
import dev.pith.model.Caption;
import dev.pith.model.Heading;
import dev.pith.model.Image;
import dev.pith.model.ListBlock;
import dev.pith.model.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** End-to-end behaviour of {@link Pith#extract} on small pages written for the purpose. */
class PithExtractTest {

    /** The README's example: a page shaped like seed 000, with its furniture in place. */
    static byte[] exampleArticle() throws IOException {
        return Files.readAllBytes(Path.of("..", "examples", "news-article.html"));
    }

    @Test
    void seedShapedArticleKeepsBodyAndCaptionAndDropsPrompts() throws IOException {
        Article a = Pith.extract(exampleArticle(), "https://courier.example/news/harbour-sea-wall");
        String text = a.text();
        assertThat(text)
                .contains("Residents of Porthmere voted on Wednesday night")
                .contains("the council agreed to study the idea.")
                .contains("Waves breaking over the harbour wall in January")
                .doesNotContain("Your support helps us", "Donate now", "Subscribe to Courier Premium",
                        "Join our commenting forum", "Join thought-provoking", "Sign up to our",
                        "Please enter a valid email", "privacy notice", "Share on Facebook",
                        "We use cookies", "Most read", "All rights reserved", "Finally! I have lived");
        assertThat(text).doesNotStartWith("Harbour town votes");
        assertThat(a.metadata().title()).isEqualTo("Harbour town votes to rebuild its flooded sea wall");
        assertThat(a.body()).anyMatch(b -> b instanceof Caption);
        assertThat(a.body()).anyMatch(b -> b instanceof Image i && i.src().endsWith("/images/sea-wall.jpg"));
    }

    @Test
    void commentsAreKeptWhenAsked() throws IOException {
        Article a = Pith.extract(exampleArticle(), "", null, ExtractOptions.DEFAULTS.withComments(true));
        assertThat(a.text()).contains("Finally! I have lived on the front");
    }

    /** A question on a forum, its replies in a section its template calls comments. */
    private static String threadWithCommentSection(String jsonLdType) {
        StringBuilder html = new StringBuilder("<html><head><script type=application/ld+json>{\"@context\":"
                + "\"https://schema.org\",\"@type\":\"" + jsonLdType + "\",\"headline\":\"Is consulting worth it?\"}"
                + "</script></head><body><nav><a href=/>Forum</a> <a href=/c>Consulting</a></nav><article><h1>Is consulting"
                + " worth it?</h1><p>I am about to start an internship at a consultancy and keep hearing that the hours ruin"
                + " everything else in life, so I wonder whether those who went before me would choose it again.</p><p>My"
                + " manager at the last firm warned me that people lose their friends and their health to the job, and"
                + " the partners I met told the same story: young, ambitious, meant to leave after two years, still there"
                + " at forty. Would you go into consulting again if you had to start over?</p></article>"
                + "<div id=comments class=comment-wrapper>");
        for (int i = 1; i <= 2; i++) {
            html.append("<div class=comment><p>Reply ").append(i).append(": I did it for three years and it taught me"
                    + " more than any degree, but plan your exit before you start and keep your weekends.</p></div>");
        }
        return html.append("</div></body></html>").toString();
    }

    @Test
    void aForumThreadsRepliesStayWhereItsTemplateCallsThemComments() {
        assertThat(Pith.extract(threadWithCommentSection("DiscussionForumPosting"), "").text())
                .contains("I am about to start an internship").contains("Reply 1:").contains("Reply 2:");
    }

    @Test
    void anArticlesCommentsStillGo() {
        assertThat(Pith.extract(threadWithCommentSection("NewsArticle"), "").text())
                .contains("I am about to start an internship").doesNotContain("Reply 1:");
    }

    @Test
    void structureIsKept() {
        String html = """
                <html><body><nav><a href=/>Home</a> <a href=/x>X</a></nav><article>
                <h1>How to brew tea</h1>
                <p>Tea has been brewed for thousands of years, and there are as many methods as there are drinkers of it.</p>
                <h2>What you need</h2>
                <ul><li>Loose leaf tea, about one spoon per cup</li><li>Water just off the boil, not boiling</li></ul>
                <table><tr><th>Tea</th><th>Minutes</th></tr><tr><td>Green</td><td>2</td></tr><tr><td>Black</td><td>4</td></tr></table>
                <pre><code class="language-sh">brew --minutes 4
                pour</code></pre>
                <p>Let it steep for the time in the table, then remove the leaves so that it does not turn bitter.</p>
                </article></body></html>""";
        Article a = Pith.extract(html, "");
        assertThat(a.body()).anyMatch(b -> b instanceof Heading h && h.level() == 2 && h.text().equals("What you need"));
        assertThat(a.body()).anyMatch(b -> b instanceof ListBlock l && l.items().size() == 2);
        assertThat(a.body()).anyMatch(b -> b instanceof Table t && t.rows().size() == 3);
        assertThat(a.body()).anyMatch(b -> b instanceof dev.pith.model.Code c
                && c.language().equals("sh") && c.text().contains("\n"));
        assertThat(a.text()).doesNotContain("Home");
    }

    @Test
    void forumThreadKeepsEveryPost() {
        StringBuilder html = new StringBuilder("<html><body><div class=header><a href=/>Forum</a></div><div class=thread>");
        for (int i = 1; i <= 5; i++) {
            html.append("<div class=post><div class=user><a href=/u>user").append(i).append("</a></div>")
                    .append("<div class=message><p>This is reply number ").append(i)
                    .append(", and it says something useful about the question that was asked at the top of the thread.</p></div></div>");
        }
        html.append("</div></body></html>");
        String text = Pith.extract(html.toString(), "").text();
        for (int i = 1; i <= 5; i++) {
            assertThat(text).contains("This is reply number " + i);
        }
    }

    @Test
    void unspacedScriptsAreNotTreatedAsEmpty() {
        String html = "<html><body><div class=nav><a href=/>首页</a></div><article><p>"
                + "这是一篇关于城市交通的文章，讨论了公共交通系统的发展和未来的挑战。政府计划在未来五年内扩建地铁网络。"
                + "</p><p>专家认为，这将大大缓解交通拥堵问题，并减少空气污染。</p></article></body></html>";
        assertThat(Pith.extract(html, "").text()).contains("地铁网络").contains("空气污染");
    }

    @Test
    void focusTradesPrecisionForRecall() {
        String html = """
                <html><body><article>
                <p>The first paragraph of the story is long enough to be prose, with a full sentence in it.</p>
                <p><a href="/a">See all</a></p>
                <p>Subscribe to our newsletter</p>
                <p>The second paragraph closes the story with another full sentence of ordinary prose.</p>
                </article></body></html>""";
        String balanced = Pith.extract(html, "").text();
        String recall = Pith.extract(html, "", ExtractOptions.DEFAULTS.withFocus(ExtractOptions.Focus.RECALL)).text();
        String precise = Pith.extract(html, "", ExtractOptions.DEFAULTS.withFocus(ExtractOptions.Focus.PRECISION)).text();
        assertThat(balanced).doesNotContain("Subscribe", "See all").contains("second paragraph");
        assertThat(recall).contains("Subscribe", "See all", "second paragraph");
        assertThat(precise).contains("first paragraph", "second paragraph").doesNotContain("See all");
    }

    @Test
    void scriptRenderedPageFallsBackToEmbeddedArticleBody() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Shell page",
                 "articleBody":"The first paragraph is only in the data, because the page renders it with script.\\nThe second paragraph is there too, and both of them should reach the reader as the article's body text, which is the point of this fallback when the document object model is an empty shell with a loading spinner."}]}
                </script></head><body><div id="app"><p>Loading…</p></div></body></html>""";
        Article a = Pith.extract(html, "");
        assertThat(a.text()).startsWith("The first paragraph is only in the data").contains("\n\nThe second paragraph");
    }

    @Test
    void malformedEmbeddedDataIsIgnored() {
        String html = "<html><head><script type=\"application/ld+json\">{\"articleBody\": oops</script></head>"
                + "<body><p>Short.</p></body></html>";
        assertThat(Pith.extract(html, "").text()).doesNotContain("oops");
    }
}
