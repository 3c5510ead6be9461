package dev.pith.meta;

import static dev.pith.meta.MetadataExtractorTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.model.Metadata;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Bylines of pages without metadata markup: older sites, small CMSs and pages in scripts
 * without case. Each rule where it fires and where it must not.
 */
class OlderSiteBylineTest {

    private static final String ARTICLE = "<p>Der Gemeinderat hat am Dienstagabend den Haushalt für das kommende Jahr"
            + " beschlossen. Die Ausgaben steigen um drei Prozent, vor allem wegen der neuen Schule.</p>";

    @Test
    void aBylineAfterTheDateInADateLineIsRead() {
        assertThat(extract("""
            <title>Items We Never Knew We Wanted</title><h1>Items We Never Knew We Wanted</h1>
            <div>Posted on September 21, 2020 by Adi Tzlil</div><p>Text.</p>""").authors())
                .containsExactly("Adi Tzlil");
        assertThat(extract("""
            <title>Rada gminy przyjęła budżet - Gazeta</title>
            <table><tr><td><font size="4"><b>Rada gminy przyjęła budżet</b></font></td></tr>
            <tr><td>5 maja 2004, autor: Jan Kowalski</td></tr></table>""").authors())
                .containsExactly("Jan Kowalski");
        assertThat(extract("""
            <title>Мэрия утвердила бюджет</title><h1>Мэрия утвердила бюджет</h1>
            <div>12 марта 2004 г. Автор: Иван Петров</div>""").authors()).containsExactly("Иван Петров");
    }

    @Test
    void aByWordAfterANumberThatIsNoDateNamesNoWriter() {
        assertThat(extract("""
            <title>The Best Beaches</title><h1>The Best Beaches</h1>
            <div>12 photos by Jane Doe</div><p>Text.</p>""").authors()).isEmpty();
    }

    @Test
    void aNameInAScriptWithoutCaseFollowsItsBylineWord() {
        assertThat(extract("""
            <title>市议会通过新预算</title><h1>市议会通过新预算</h1>
            <div>2004年03月12日 10:22　来源：某某日报　作者：张三</div>""").authors()).containsExactly("张三");
        assertThat(extract("""
            <title>市議会が新予算を可決</title><h1>市議会が新予算を可決</h1><p>文・山田太郎</p>""").authors())
                .containsExactly("山田太郎");
    }

    @Test
    void aSignatureLineAfterTheArticleNamesTheWriter() {
        assertThat(extract("""
            <title>Gemeinderat beschließt Haushalt</title>
            <table><tr><td><b>Gemeinderat beschließt Haushalt</b><br>""" + ARTICLE + """
            <p><strong>Autor:</strong> <a href="/autor/12">Hans Meier</a><br><strong>Tags:</strong> <a href="/t/1">Haushalt</a></p>
            </td></tr></table>""").authors()).containsExactly("Hans Meier");
        assertThat(extract("""
            <title>市议会通过新预算</title><h1>市议会通过新预算</h1><p>市议会星期二晚上通过了明年的预算。</p>
            <div>（责任编辑：李四）</div>""").authors()).containsExactly("李四");
    }

    @Test
    void signatureLinesNamingDifferentPeopleBelongToAListing() {
        assertThat(SignedLineSource.agreedLine(List.of("Von Hans Meier", "Von Anna Roth"))).isNull();
        assertThat(SignedLineSource.agreedLine(List.of("Text: Hans Meier", "Von Hans Meier"))).isEqualTo("Text: Hans Meier");
    }

    @Test
    void aByWordBeforeOneCapitalisedWordIsProseOrAMenuNotASignature() {
        // German capitalises nouns: "Von Einheimischen und Gästen" names no one
        assertThat(SignedLineSource.agreedLine(List.of("Von Einheimischen und Gästen"))).isNull();
        Document menu = Jsoup.parse("<nav><ul><li><span>By Gender Age</span></li></ul></nav><p><span>By Jane Doe</span></p>");
        assertThat(SignedLineSource.signedLine(menu.selectFirst("nav span").textNodes().get(0))).isNull();
        assertThat(SignedLineSource.signedLine(menu.selectFirst("p span").textNodes().get(0))).isEqualTo("By Jane Doe");
        assertThat(extract("""
            <title>Settings</title><h1>Settings</h1>""" + ARTICLE + """
            <p>by default Closed Items</p>""").authors()).isEmpty();
    }

    @Test
    void onlySignatureLinesAfterTheHeadlineCount() {
        // a line above the headline signs the site's header; one after it signs the article
        assertThat(extract("""
            <title>Gemeinderat</title><div><p>Von Hans Meier</p></div><h1>Gemeinderat</h1>""" + ARTICLE + """
            <p>Von Anna Roth</p>""").authors()).containsExactly("Anna Roth");
        assertThat(extract("""
            <title>Gemeinderat</title><p>Von Hans Meier</p><h1>Gemeinderat</h1>""" + ARTICLE).authors()).isEmpty();
    }

    @Test
    void aSignatureIsALastResort() {
        assertThat(extract("""
            <title>Gemeinderat</title><meta name="author" content="Anna Roth"><h1>Gemeinderat</h1>""" + ARTICLE + """
            <p>Text: Hans Meier</p>""").authors()).containsExactly("Anna Roth");
    }

    @Test
    void anOldTableLayoutPageWithoutMetaTagsGivesTitleBylineAndDate() {
        Metadata m = extract("""
            <html><head><title>Gemeinderat beschließt neuen Haushalt - Heimatblatt Online</title></head>
            <body><table><tr><td><font size="5"><b>Gemeinderat beschließt neuen Haushalt</b></font></td></tr>
            <tr><td><font size="2">Von Hans Meier</font></td></tr><tr><td><font size="2">12.03.2004</font></td></tr>
            <tr><td>""" + ARTICLE + "</td></tr></table></body></html>");
        assertThat(m.title()).isEqualTo("Gemeinderat beschließt neuen Haushalt");
        assertThat(m.authors()).containsExactly("Hans Meier");
        assertThat(m.published()).startsWith("2004-03-12");
        Metadata english = extract("""
            <html><head><title>City council approves new budget :: Smalltown Gazette</title></head>
            <body><center><h2>City council approves new budget</h2></center>
            <p><i>By John Smith</i><br>March 12, 2004</p><p>The council approved the budget.</p></body></html>""");
        assertThat(english.title()).isEqualTo("City council approves new budget");
        assertThat(english.authors()).containsExactly("John Smith");
        assertThat(english.published()).startsWith("2004-03-12");
    }

    @Test
    void anH2HeadlineAboveWidgetH1sIsTheHeadline() {
        assertThat(extract("""
            <title>The Green Deal is not enough - DiEM25</title>
            <h2 class="title-block">The Green Deal is not enough</h2><h4>By Giovanni Gaggero | 12/10/2020</h4>
            <p>Text.</p><form><h1>€5</h1><h1>€10</h1></form>""").authors()).containsExactly("Giovanni Gaggero");
    }

    @Test
    void anH2BelowTheH1RestatesItAndTheH1StaysTheHeadline() {
        Document page = Jsoup.parse("""
            <title>Leslie Clio presents Brave New Woman</title>
            <h1>Leslie Clio<br><span>Brave New Woman</span></h1><p>Text.</p>
            <h2>Leslie Clio presents Brave New Woman</h2>""");
        assertThat(PageScan.of(page, "", DateParser.standard()).headline().h1.normalName()).isEqualTo("h1");
    }

    @Test
    void anH1ReadsInTheTitleOnlyAsWholeWords() {
        assertThat(PageScan.readsInTitle("the green deal is not enough diem25", "5")).isFalse();
        assertThat(PageScan.readsInTitle("the green deal is not enough diem25", "green deal")).isTrue();
        assertThat(PageScan.readsInTitle("市议会通过新预算新闻中心", "市议会通过新预算")).isTrue();
    }

    @Test
    void aTitleThatOpensWithTheSiteNameGivesTheSegmentThePageShows() {
        Metadata m = extract("""
            <title>Heimatblatt - Nachrichten - Gemeinderat beschließt Haushalt</title>
            <table><tr><td><font size="5"><b>Gemeinderat beschließt Haushalt</b></font></td></tr>
            <tr><td><font size="2">Von Hans Meier, 12.03.2004</font></td></tr><tr><td>""" + ARTICLE + "</td></tr></table>");
        assertThat(m.title()).isEqualTo("Gemeinderat beschließt Haushalt");
        assertThat(m.authors()).containsExactly("Hans Meier");
    }

    @Test
    void aSiteNameShownInItsLogoLinkIsNoHeadline() {
        assertThat(extract("""
            <title>New Links | Hacker News</title>
            <table><tr><td><b><a href="/">Hacker News</a></b></td></tr><tr><td>""" + ARTICLE + "</td></tr></table>")
                .title()).isEqualTo("New Links");
        // the headline opening the title is kept when the site's name is shown too
        assertThat(extract("""
            <title>Gemeinderat beschließt Haushalt - Heimatblatt Online und Umgebung</title>
            <b>Gemeinderat beschließt Haushalt</b>""" + ARTICLE + "<div>Heimatblatt Online und Umgebung</div>")
                .title()).isEqualTo("Gemeinderat beschließt Haushalt");
    }

    @Test
    void anOldBlogFootersTimeIsCutFromTheName() {
        assertThat(AuthorNames.clean("posted by John Smith at 10:22 AM").names()).containsExactly("John Smith");
    }

    @Test
    void aPositionGluedToTheNameIsCutOff() {
        assertThat(AuthorNames.clean("Mateusz HabernyFounder").names()).containsExactly("Mateusz Haberny");
        assertThat(AuthorNames.clean("Leonardo DiCaprio").names()).containsExactly("Leonardo DiCaprio");
    }

    @Test
    void aLabelAloneInItsBlockSignsWithTheNameInTheNextBlock() {
        Document box = Jsoup.parse("<div><div> Written by</div><div>Jack Shepherd</div><div>Hi! I run the agency.</div></div>");
        assertThat(SignedLineSource.signedLine(box.selectFirst("div div").textNodes().get(0))).isEqualTo("Written by Jack Shepherd");
    }

    @Test
    void aLabelWithTextAfterItInItsBlockTakesNoNameFromTheNextBlock() {
        Document box = Jsoup.parse("<div><div>Written by Anna Roth</div><div>Jack Shepherd</div></div>");
        assertThat(SignedLineSource.signedLine(box.selectFirst("div div").textNodes().get(0))).isEqualTo("Written by Anna Roth");
        Document lone = Jsoup.parse("<div><div>Written by</div></div><p>Jack Shepherd</p>");
        assertThat(SignedLineSource.signedLine(lone.selectFirst("div div").textNodes().get(0))).isNull();
    }

    @Test
    void aSignatureCountsWhenTheOfferedAuthorNamesNoOne() {
        assertThat(extract("""
            <html><head><meta name="author" content="Bund der Energieverbraucher e.V."></head><body>
            <h1>Gemeinderat beschließt Haushalt</h1><h5><em>Von Leonora Holling</em></h5>""" + ARTICLE + "</body></html>")
                .authors()).containsExactly("Leonora Holling");
        assertThat(extract("""
            <html><head><meta name="author" content="Anna Roth"></head><body>
            <h1>Gemeinderat beschließt Haushalt</h1>""" + ARTICLE + "<p>Von Hans Meier</p></body></html>")
                .authors()).containsExactly("Anna Roth");
    }

    @Test
    void aPageShowingNoHeadlineIsReadWholeForItsSignature() {
        // the title's headline set in an h2 of other wording: no element stands for the headline
        assertThat(extract("""
            <html><head><title>Der Haushalt (2021/5): Heimatblatt</title></head><body>
            <h2>Der Haushalt</h2>""" + ARTICLE + "<p><em>Von Leonora Holling</em></p></body></html>").authors())
                .containsExactly("Leonora Holling");
    }

    @Test
    void aPageShowingNoHeadlineStaysUnsignedWhenItsSignaturesDisagree() {
        // teasers of a listing each signed by their own writer sign nothing for the page
        assertThat(extract("""
            <html><head><title>Der Haushalt (2021/5): Heimatblatt</title></head><body>
            <h2>Der Haushalt</h2><p>Von Hans Meier</p>""" + ARTICLE + "<p>Von Anna Roth</p></body></html>").authors())
                .isEmpty();
    }
}
