package dev.pith.meta;

import static dev.pith.meta.MetadataExtractorTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Author boxes read line by line, and site names recognised in titles: each rule where it fires and where it must not. */
class AuthorBoxAndSiteNameTest {

    @Test
    void aJobTitleInItsOwnBlockIsNotPartOfTheName() {
        assertThat(extract("""
            <h1>Eight games worth playing</h1>
            <div class="author"><a href="/author/ben">Ben Silverman</a> <div class="author-title">Games Editor</div></div>""")
                .authors()).containsExactly("Ben Silverman");
    }

    @Test
    void avatarInitialsOnTheirOwnLineAreSkipped() {
        assertThat(extract("""
            <h1>Planting a kitchen garden</h1>
            <div class="author-box"><div class="avatar">NB</div><div class="name">Nicole Burke</div><div>Founder, Rooted Garden</div></div>""")
                .authors()).containsExactly("Nicole Burke");
    }

    @Test
    void aBoxNamingNobodyAsAWholeKeepsItsCredit() {
        assertThat(extract("""
            <h1>Hyundai im Test</h1>
            <div class="author"><div>Hyundai</div><div>Redaktion</div></div>""").authors())
                .doesNotContain("Hyundai");
    }

    @Test
    void aTitleOpeningWithTheSitesDomainLabelLosesIt() {
        assertThat(extract("""
            <title>BAFA - Änderung der Förderrichtlinie für Wärmepumpen</title>""", "https://www.bafa.de/DE/x.html").title())
                .isEqualTo("Änderung der Förderrichtlinie für Wärmepumpen");
    }

    @Test
    void aTitleEndingWithTheDomainLabelKeepsItsFirstSegment() {
        assertThat(extract("""
            <title>Kurs für Anfänger - Teil 2 - Python</title>""", "https://python.org/kurs").title())
                .isEqualTo("Kurs für Anfänger");
    }

    @Test
    void aTrailOpenedByTheSiteEndsWithTheHeadline() {
        assertThat(trailTitleUnderH1Linking("http://fouryears.eu")).isEqualTo("Interning of Small Integers");
    }

    @Test
    void anH1LinkingElsewhereIsNoSiteName() {
        assertThat(trailTitleUnderH1Linking("http://fouryears.eu/2019/10/21/")).isEqualTo("Four Years Remaining");
    }

    private static String trailTitleUnderH1Linking(String href) {
        return extract("<title>Four Years Remaining » Blog Archive » Interning of Small Integers</title>"
                + "<h1><a href=\"" + href + "\">Four Years Remaining</a></h1>").title();
    }

    @Test
    void aSiteNameGluedToTheHeadlineInTheTitleLetsTheH1Agree() {
        assertThat(extract("""
            <title>Truckwash A31Das andere Branchenbuch | Das andere Branchenbuch</title>
            <h1><a href="http://example.info/">Das andere Branchenbuch</a></h1>
            <h1 class="page-title">Truckwash A31</h1>""").title()).isEqualTo("Truckwash A31");
    }

    @Test
    void aLeadingDomainBeforeAColonIsCut() {
        assertThat(extract("<title>Beispiel.de: Neue Regeln für Mieter</title>", "https://www.beispiel.de/a").title())
                .isEqualTo("Neue Regeln für Mieter");
        assertThat(extract("<title>Beispiel.de: Neue Regeln für Mieter</title>", "https://www.other.de/a").title())
                .isEqualTo("Beispiel.de: Neue Regeln für Mieter");
    }

    @Test
    void aDateOpeningTheH1InItsOwnElementIsNotPartOfTheHeadline() {
        assertThat(extract("""
            <title>BAFA - Statistik - MineralölINFO November 2021</title>
            <h1><span class="topline"><span class="date">27.01.2022</span></span>MineralölINFO November 2021</h1>""").title())
                .isEqualTo("MineralölINFO November 2021");
        assertThat(extract("""
            <title>10 Tips for Better Sleep</title>
            <h1><span class="num">10</span> Tips for Better Sleep</h1>""").title()).isEqualTo("10 Tips for Better Sleep");
    }

    @Test
    void aDateSegmentOpeningTheTitleIsNoHeadline() {
        assertThat(extract("<title>23.01.2022 - Wierer darf noch jubeln - Biathlon Antholz</title>").title())
                .isEqualTo("Wierer darf noch jubeln");
        assertThat(extract("<title>2001: A Space Odyssey</title>").title()).isEqualTo("2001: A Space Odyssey");
    }

    @Test
    void aHomePagesTitleKeepsTheSitesName() {
        assertThat(extract("<title>Todoist | A To-Do List to Organize Your Work</title>", "https://todoist.com/").title())
                .isEqualTo("Todoist");
        assertThat(extract("<title>Todoist | A To-Do List to Organize Your Work</title>", "https://todoist.com/features").title())
                .isEqualTo("A To-Do List to Organize Your Work");
    }

    @Test
    void anOrganisationCreditedAsAuthorIsTheLastResortCreditAsWritten() {
        assertThat(extract("""
            <script type="application/ld+json">{"@type":"Article","headline":"New Zealand",
              "author":{"@type":"Organization","name":"Contributors to Wikimedia projects"}}</script>
            <h1>New Zealand</h1>""").authors()).containsExactly("Contributors to Wikimedia projects");
        assertThat(extract("""
            <script type="application/ld+json">{"@type":"Article","headline":"New Zealand",
              "author":{"@type":"Organization","name":"Contributors to Wikimedia projects"}}</script>
            <h1>New Zealand</h1><p class="byline">By Jane Doe</p>""").authors()).containsExactly("Jane Doe");
    }

    @Test
    void aMenusUserNamePlaceholderDoesNotHideTheByline() {
        assertThat(extract("""
            <div id="nav-user"><span class="username">Username</span></div>
            <h1>Officials say the strike hit a school</h1>
            <span class="author">By Erin Cunningham</span>""").authors()).containsExactly("Erin Cunningham");
    }

    @Test
    void aSentenceOpeningWithByUnderTheHeadlineIsNoByline() {
        assertThat(extract("""
            <h1>Ten tips to stay safe online</h1>
            <p>By following the tips below and remaining vigilant, you are doing your part.</p>""").authors()).isEmpty();
        assertThat(extract("""
            <h1>Ten tips to stay safe online</h1>
            <p>by damianduchamps</p>""").authors()).containsExactly("damianduchamps");
        assertThat(extract("""
            <h1>Ten tips to stay safe online</h1>
            <p>By Jane Doe and John Roe, Staff Writers</p>""").authors()).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void aFirstNameIsSpelledOutByTheBioOpeningWithTheFullName() {
        assertThat(jsonLdAuthor("Stefanus", "Stefanus Stahl - Maschinenbauer und Projektleiter.")).containsExactly("Stefanus Stahl");
        assertThat(jsonLdAuthor("Stefanus", "Seit 2002 auf dem Mountainbike unterwegs.")).containsExactly("Stefanus");
        assertThat(jsonLdAuthor("Nils", "Nils schreibt über Kinder.")).containsExactly("Nils");
    }

    private static java.util.List<String> jsonLdAuthor(String name, String bio) {
        return extract("<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"Tubeless\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"" + name + "\",\"description\":\"" + bio + "\"}}</script>"
                + "<h1>Tubeless</h1>").authors();
    }

    @Test
    void theSiteNameAppendedToTheH1IsCut() {
        assertThat(extract("""
            <title>Catering Tips | Cookshack</title><meta property="og:site_name" content="Cookshack">
            <h1>Catering Tips | Cookshack</h1>""").title()).isEqualTo("Catering Tips");
        assertThat(extract("""
            <title>Catering Tips | Smoking Meat</title><meta property="og:site_name" content="Cookshack">
            <h1>Catering Tips | Smoking Meat</h1>""").title()).isEqualTo("Catering Tips | Smoking Meat");
    }

    @Test
    void aPermalinkMarkEndingTheH1IsNoPartOfTheTitle() {
        assertThat(extract("""
            <title>Middleware | Django documentation</title>
            <h1>Middleware<a class="headerlink" href="#middleware">¶</a></h1>""").title()).isEqualTo("Middleware");
        assertThat(extract("<title>Paragraph ¶ signs</title><h1>Paragraph ¶ signs</h1>").title()).isEqualTo("Paragraph ¶ signs");
    }

    @Test
    void aBylineLabelAloneIsReadWithTheNextLine() {
        assertThat(extract("""
            <h1>Why cheap SEO does not work</h1>
            <div><p>Written by</p><p>Daryl Austin</p></div>""").authors()).containsExactly("Daryl Austin");
        assertThat(extract("""
            <h1>蔡健雅</h1>
            <a href="javascript:;" class="edit">编辑</a><a class="lock" href="javascript:;">锁定</a>""").authors()).isEmpty();
    }

    @Test
    void aPostRecordsTermClassesMarkNoByline() {
        // WordPress lists a post's taxonomy terms as classes: "autor-bazyar-s" on a teaser in a menu is no byline
        assertThat(ClassHints.byline("cb-looper post-24160 post type-post status-publish autor-bazyar-s")).isFalse();
        assertThat(ClassHints.byline("author url fn")).isTrue();
        assertThat(extract("""
            <title>Die Autorin im Gespräch</title>
            <nav><ul><li class="post-2 post type-post status-publish autor-bazyar-s"><a href="/a">Aufräumen – Resonanz</a></li></ul></nav>
            <h1>Die Autorin im Gespräch</h1><div class="cb-byline"><span class="cb-author"><a class="author url fn">Nicole Collignon</a></span></div>
            <p>Text.</p>""").authors()).containsExactly("Nicole Collignon");
    }

    @Test
    void aLoginHandleInTheMarkupGivesWayToTheBylinesFullName() {
        assertThat(extract("""
            <html><head><meta name="author" content="andrew.keaveney"></head><body>
            <h1>The Ultimate Guide to Meditation</h1><div class="byline">By Denise Everheart</div><p>Text.</p>
            </body></html>""").authors()).containsExactly("Denise Everheart");
    }

    @Test
    void aLoginHandleAloneOrAFullNameInTheMarkupStays() {
        assertThat(extract("""
            <html><head><meta name="author" content="andrew.keaveney"></head><body>
            <h1>The Ultimate Guide to Meditation</h1><p>Text.</p></body></html>""").authors())
                .containsExactly("andrew.keaveney");
        assertThat(extract("""
            <html><head><meta name="author" content="Andrew Keaveney"></head><body>
            <h1>The Ultimate Guide to Meditation</h1><div class="byline">By Denise Everheart</div><p>Text.</p>
            </body></html>""").authors()).containsExactly("Andrew Keaveney");
    }
}
