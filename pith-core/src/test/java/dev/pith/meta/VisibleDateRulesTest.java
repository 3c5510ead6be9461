package dev.pith.meta;

import static dev.pith.meta.MetadataExtractorTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The date-line rules added for press releases, blogs and forums: each where it fires and where it must not. */
class VisibleDateRulesTest {

    private static final String LONG = " Der Arbeitsmarkt ist gut in das Jahr gestartet, die Zahl der Arbeitslosen sank"
            + " deutlich, und die Unternehmen suchen weiter nach Fachkräften in allen Regionen des Landes.";

    @Test
    void theDateOpeningTheLeadParagraphIsThePagesDate() {
        assertThat(extract("<title>Arbeitsmarkt</title><h1>Arbeitsmarkt</h1><p><strong>01.02.2022 „" + LONG
                + "“</strong></p>").date()).isEqualTo("2022-02-01");
    }

    @Test
    void aDateDeepInTheLeadParagraphIsOneTheStoryMentions() {
        assertThat(extract("<title>Arbeitsmarkt</title><h1>Arbeitsmarkt</h1><p>" + LONG
                + " Am 01.02.2022 kamen neue Zahlen.</p>").date()).isEmpty();
    }

    @Test
    void aBoldDateInsideProseIsNoDateLineAndTheDatelineAboveTheHeadlineWins() {
        assertThat(extract("""
            <title>Frauen im THW</title><span class="metadata">Bonn, 11.10.2021</span><h1>Frauen im THW</h1>
            <p>„Wie die Jungfrau zum Kind“ kam Helga Honsell 1974 ins THW. Im Auftaktvideo blickt sie am
            <strong>Mittwoch, 13.10.2021</strong> auf 50 Jahre THW-Leben zurück. Lesen Sie hier mehr.</p>""").date())
                .isEqualTo("2021-10-11");
    }

    @Test
    void aDateInAShortLabelledLineIsStillADateLine() {
        assertThat(extract("""
            <title>Frauen im THW</title><h1>Frauen im THW</h1>
            <p class="meta">Posted on <span>13.10.2021</span> by Jane</p>""").date()).isEqualTo("2021-10-13");
    }

    @Test
    void aThemesUpdateStampUnderTheHeadlineIsNoShownPublicationLine() {
        assertThat(extract("""
            <title>Fünf HR-Trends</title>
            <meta property="article:published_time" content="2022-12-30T07:00:40+01:00">
            <h1>Fünf HR-Trends</h1>
            <p><time class="updated" datetime="2022-12-29T15:36:19+01:00" itemprop="dateModified">29. Dezember 2022</time>
            <time class="published" datetime="2022-12-30T07:00:40+01:00">30. Dezember 2022</time></p>""").date())
                .isEqualTo("2022-12-30T07:00:40+01:00");
    }

    @Test
    void theLineUnderTheHeadlineBeatsABylineDateElsewhereWhenMarkupIsSilent() {
        assertThat(extract("""
            <title>Tauchmesse abgesagt</title><h1>Tauchmesse abgesagt</h1>
            <div class="info">24.01.2022 11:38</div><p>Text der Meldung.</p>
            <div class="box"><span class="author">09.10.2021</span> Hans</div>""").date()).isEqualTo("2022-01-24");
    }

    @Test
    void aDatelineBehindARowOfShareButtonsAboveTheHeadlineIsRead() {
        StringBuilder share = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            share.append("<a href=\"/s").append(i).append("\"><span class=\"icon\"></span></a>");
        }
        assertThat(extract("<title>Faire Lieferketten</title><div class=\"news\"><div class=\"timedata\">05.02.2020</div>"
                + "<div class=\"share\">" + share + "</div><h1>Faire Lieferketten</h1><p>Text.</p></div>").date())
                .isEqualTo("2020-02-05");
    }

    @Test
    void theFirstPostsDateAfterThePostersProfileBoxIsRead() {
        StringBuilder profile = new StringBuilder("<dl class=\"profile\">");
        for (int i = 0; i < 12; i++) {
            profile.append("<dd><strong>Feld ").append(i).append(":</strong> Wert</dd>");
        }
        profile.append("</dl>");
        assertThat(extract("<title>Was ist Freie Software</title><h2>Was ist Freie Software</h2><div id=\"p453\" class=\"post\">"
                + profile + "<p class=\"author\">von <strong>r23</strong> » 21.01.2009, 05:42</p>"
                + "<div class=\"content\">Text.</div></div>").date()).isEqualTo("2009-01-21");
    }

    @Test
    void aPublicationLineAmongTheFootersLinesIsThePagesDate() {
        assertThat(extract("""
            <title>Rezension</title><h1>Rezension</h1><p>Ein Buch über Anleitungen.</p>
            <p class="footer-line">Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023<br>Lesungen: 61</p>""")
                .date()).isEqualTo("2023-11-01");
    }

    @Test
    void anUpdateLineAmongTheFootersLinesIsNoPublicationDate() {
        assertThat(extract("""
            <title>Rezension</title><h1>Rezension</h1><p>Ein Buch über Anleitungen.</p>
            <p class="footer-line">Kontakt<br>Letzte Änderung: 31.10.2023<br>Lesungen: 61</p>""").date()).isEmpty();
    }

    // A journal article: a generic <meta name="dc.Date"> (the online-first record) and the issue
    // date in the kicker row above the headline, nothing under it.
    @Test
    void theDateLineAboveTheHeadlineBeatsAMetaNameRecordStamp() {
        assertThat(extract("""
            <title>The Effect of Vaccination</title><meta name="dc.Date" content="2020-03-03">
            <div><span>Original Research</span><span>7 April 2020</span></div>
            <h1>The Effect of Vaccination</h1><p>Text.</p>""").date()).isEqualTo("2020-04-07");
    }

    @Test
    void theDateLineAboveTheHeadlineLeavesArticleMarkupAlone() {
        assertThat(extract("""
            <title>The Effect of Vaccination</title><meta name="dc.Date" content="2020-03-03">
            <meta property="article:published_time" content="2020-03-03T10:00:00Z">
            <div><span>Original Research</span><span>7 April 2020</span></div>
            <h1>The Effect of Vaccination</h1><p>Text.</p>""").date()).isEqualTo("2020-03-03T10:00:00Z");
    }

    // A ministry's news page: the article's own meta line reuses the teaser component's class
    // names, its label for screen readers only.
    @Test
    void aLabelledTimeInATeaserNamedContainerIsThePagesDate() {
        assertThat(extract("""
            <title>Zukunftsforum</title><h1>Zukunftsforum</h1><p>Das Forum tagte zwei Tage lang.</p>
            <p class="c-teaser__meta"><span class="aural">Erschienen am</span>
            <time datetime="2022-01-26">26. Jan 2022</time><span>Aktuelles</span></p>""").date())
                .isEqualTo("2022-01-26");
    }

    // A press release dated by month in its lead, stamped with the day at its end.
    @Test
    void anUpdateLineGivesTheDayOfAMonthThePageStatesAlone() {
        assertThat(extract("<title>Heliumkerne</title><h1>Heliumkerne</h1><p>Darmstadt - Januar 2021." + LONG
                + "</p><p><b>Aktualisiert am </b>17.01.2021.</p>").date()).isEqualTo("2021-01-17");
    }

    // A documentation page stamped "Last updated" in its footer states no date of its own; a
    // day the page states stays.
    @Test
    void anUpdateLineAloneOrBesideADayDatesNothing() {
        assertThat(extract("<title>Install guide</title><h2>Installing</h2><p>" + LONG
                + "</p><p><b>Last updated: </b>17.01.2021</p>").date()).isEmpty();
        assertThat(extract("<title>Heliumkerne</title><h1>Heliumkerne</h1><p>Darmstadt - 12.01.2021." + LONG
                + "</p><p><b>Aktualisiert am </b>17.01.2021.</p>").date()).isEqualTo("2021-01-12");
    }

    private static final String REWORKED = """
            <title>Sourdough</title>
            <meta property="article:published_time" content="2024-05-09T08:00:00Z">
            <meta property="article:modified_time" content="2025-12-16T09:00:00Z">
            <h1>Sourdough</h1>""";

    @Test
    void theBareLineUnderTheHeadlineIsTheDateAReaderSees() {
        var meta = extract(REWORKED + "<div class=\"header__author\"><span>16 December 2025</span></div><p>Text.</p>");
        assertThat(meta.date()).isEqualTo("2025-12-16");
        assertThat(meta.published()).isEqualTo("2024-05-09T08:00:00Z");
    }

    @Test
    void aLineItsBlockCallsAnUpdateLeavesThePublicationDate() {
        assertThat(extract(REWORKED + "<div><span>Last updated:</span><time>16 December 2025</time></div><p>Text.</p>").date())
                .isEqualTo("2024-05-09T08:00:00Z");
    }
}
