package dev.pith.meta;

import static dev.pith.meta.MetadataExtractorTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.model.Metadata;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which visible lines date the page, and how a date without time stored in UTC is read. */
class DateLineTest {

    private static final DateParser DATES = new DateParser(DateParser.EARLIEST, LocalDate.of(2026, 1, 1));

    @Test
    void anEmbeddedPostUnderTheHeadlineDoesNotDateThePage() {
        assertThat(extract("""
            <meta property="article:published_time" content="2023-11-06T11:45:20+00:00">
            <h1>Stories get a new video feature</h1><p>Text.</p>
            <blockquote class="twitter-tweet"><p>New!</p><a href="/status/1">November 3, 2023</a></blockquote>""").date())
                .startsWith("2023-11-06");
        assertThat(extract("<h1>Stories</h1><p><a href=/a>November 3, 2023</a></p>").date()).isEqualTo("2023-11-03");
    }

    @Test
    void aMemberRegistrationLineDoesNotDateThePage() {
        assertThat(extract("<h1>Free software</h1><dl><dd><strong>Registriert:</strong> 18.09.2008, 05:56</dd></dl>").date())
                .isEmpty();
        assertThat(extract("<h1>Free software</h1><dl><dd><strong>Datum:</strong> 18.09.2008, 05:56</dd></dl>").date())
                .isEqualTo("2008-09-18");
    }

    @Test
    void aMonthAloneUnderTheHeadlineDoesNotStopTheSearchForADay() {
        assertThat(extract("<p>21. Jan 2022 // Dominik Ricker</p><h1>Cutting to a line</h1>"
                + "<h2>Issue 98 Januar/Februar 2022</h2>").date()).isEqualTo("2022-01-21");
    }

    @Test
    void aHiddenUpdateStampIsAModificationDate() {
        Metadata m = extract("""
            <meta property="article:published_time" content="2022-12-25T11:00:02+00:00">
            <meta property="article:modified_time" content="2022-12-07T09:10:52+00:00">
            <h1>Headline</h1><p><span class="updated">2022-12-07T10:10:52+01:00</span><span>25. Dezember 2022</span></p>""");
        assertThat(m.date()).startsWith("2022-12-25");
    }

    @Test
    void aLineThatIsOnlyADateWithATwoDigitYear() {
        assertThat(DATES.find("23.09.22", false)).contains("2022-09-23");
        assertThat(DATES.find("31.10.99, 11:38", false)).contains("1999-10-31");
        assertThat(DATES.find("Version 10.12.22 released", false)).isEmpty();
    }

    @Test
    void aUtcTimestampOnTheHourLateInTheEveningIsTheNextDaysMidnight() {
        assertThat(extract("<meta property=\"article:published_time\" content=\"2021-11-04T23:00:00Z\"><h1>H</h1>").date())
                .isEqualTo("2021-11-05");
        assertThat(extract("<meta property=\"article:published_time\" content=\"2021-11-04T23:17:00Z\"><h1>H</h1>").date())
                .startsWith("2021-11-04");
    }

    @Test
    void datesAreJudgedAsOfAReferenceDay() {
        var doc = dev.pith.parse.HtmlParser.parse(
                "<meta property=\"article:published_time\" content=\"2021-05-04\"><h1>H</h1>", "");
        assertThat(MetadataExtractor.read(doc, "", LocalDate.of(2021, 5, 2)).metadata().date()).isEmpty();
        assertThat(MetadataExtractor.read(doc, "", LocalDate.of(2021, 5, 10)).metadata().date()).isEqualTo("2021-05-04");
        assertThat(DateParser.asOf(LocalDate.of(2010, 1, 1)).find("31.10.09", false)).contains("2009-10-31");
        assertThat(DateParser.asOf(LocalDate.of(2010, 1, 1)).find("31.10.23", false)).isEmpty();
    }
}
