package dev.pith.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    /** A fixed window keeps the tests independent of the day they run. */
    private static final DateParser DATES = new DateParser(DateParser.EARLIEST, LocalDate.of(2026, 1, 1));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2022-09-28|2022-09-28",
        "2022-09-28T10:15:00Z|2022-09-28T10:15:00Z",
        "2022-09-28T10:15:30.123+0100|2022-09-28T10:15:30+01:00",
        "2022-09-28 10:15|2022-09-28T10:15:00",
        "2022/09/28|2022-09-28",
        "20220928|2022-09-28",
        "2022-09|2022-09",
        "28 September 2022|2022-09-28",
        "Sept. 28, 2022|2022-09-28",
        "September 28th, 2022|2022-09-28",
        "Wednesday, 28th Sep 2022|2022-09-28",
        "28-Sep-2022|2022-09-28",
        "on 04-ago-2021 5:11:10|2021-08-04",
        "28.09.2022|2022-09-28",
        "28/09/2022|2022-09-28",
        "2022年9月28日|2022-09-28",
        "2022년 9월 28일|2022-09-28",
        "28. März 2022|2022-03-28",
        "28 septembre 2022|2022-09-28",
        "1er mars 2022|2022-03-01",
        "28 de septiembre de 2022|2022-09-28",
        "28 de setembro de 2022|2022-09-28",
        "28 settembre 2022|2022-09-28",
        "28 сентября 2022|2022-09-28",
        "28 września 2022|2022-09-28",
        "Published on Sept. 28, 2022 at 10:00|2022-09-28",
        "September 2022|2022-09",
    })
    void readsCommonFormats(String input, String expected) {
        assertThat(DATES.parse(input)).contains(expected);
    }

    @Test
    void slashDatesAreDayFirstUnlessAskedOrUnambiguous() {
        assertThat(DATES.parse("09/10/2022")).contains("2022-10-09");
        assertThat(DATES.parse("09/10/2022", true)).contains("2022-09-10");
        assertThat(DATES.parse("09/28/2022")).contains("2022-09-28");
        assertThat(DATES.parse("28/09/2022", true)).contains("2022-09-28");
    }

    @Test
    void rejectsFutureAndPrehistoricDates() {
        assertThat(DATES.parse("2031-01-01")).isEmpty();
        assertThat(DATES.parse("1970-01-01T00:00:00Z")).isEmpty();
        assertThat(DATES.parse("12 March 1994")).isEmpty();
        assertThat(DATES.parse("9999-12-31")).isEmpty();
    }

    @Test
    void rejectsImpossibleAndVagueValues() {
        assertThat(DATES.parse("2022-02-30")).isEmpty();
        assertThat(DATES.parse("2022-13-01")).isEmpty();
        assertThat(DATES.parse("2022")).isEmpty();
        assertThat(DATES.parse("yesterday")).isEmpty();
        assertThat(DATES.parse("")).isEmpty();
        assertThat(DATES.parse(null)).isEmpty();
        assertThat(DATES.parse("28 Foo 2022")).isEmpty();
    }

    @Test
    void dropsAnImpossibleTimeButKeepsTheDay() {
        assertThat(DATES.parse("2022-09-28T25:61:00")).contains("2022-09-28");
    }

    @Test
    void findsTheFirstDateInALine() {
        assertThat(DATES.find("By Jane Doe · Updated 3 Oct 2022, first published 28 Sep 2022", false))
                .contains("2022-10-03");
        assertThat(DATES.find("no date here, just 42 words", false)).isEmpty();
    }

    @Test
    void longInputIsCutNotScanned() {
        String huge = "x".repeat(100_000) + " 2022-09-28";
        assertThat(DATES.parse(huge)).isEmpty();
        assertThat(DATES.find(huge, false)).isEmpty();
    }

    @Property
    void neverThrowsAndOnlyReturnsPlausibleIsoDates(@ForAll String input) {
        DATES.find(input, false).ifPresent(d -> {
            LocalDate day = LocalDate.parse(d.length() == 7 ? d + "-01" : d.substring(0, 10));
            assertThat(DATES.plausible(day)).isTrue();
        });
        DATES.parse(input, true);
    }

    @Test
    void readsHungarianYearFirstDates() {
        assertThat(DATES.find("Megjelent: 2021. október 16., szombat", false)).contains("2021-10-16");
        assertThat(DATES.find("2021. okt. 16-án 14:30", false)).contains("2021-10-16");
        assertThat(DATES.parse("2021. 10. 16.")).contains("2021-10-16");
    }

    @Test
    void aYearBeforeAWordThatIsNoMonthIsNoYearFirstDate() {
        assertThat(DATES.find("In 2021 about 12 teams took part", false)).isEmpty();
        assertThat(DATES.find("Seit 2019 gibt es 15 Filialen", false)).isEmpty();
    }

    @Test
    void theEarliestDateInTheTextWinsWhateverItsOrder() {
        assertThat(DATES.find("12 March 2020, updated 2020 April 3", false)).contains("2020-03-12");
        assertThat(DATES.find("2020. április 3. (frissítve: March 12, 2021)", false)).contains("2020-04-03");
    }

    @Test
    void czechDatesWithASpaceAfterEachDotAreRead() {
        assertThat(DATES.find("Publikováno 3. 6. 2009", false)).contains("2009-06-03");
        // only after a dot: "3 / 6 / 2009" and a version "3. 6.2009x" are no such date
        assertThat(DATES.find("3 / 6 / 2009", false)).isEmpty();
    }

    @Test
    void anItalianOrdinalDegreeSignAndACatalanElisionBeforeTheMonthAreRead() {
        assertThat(DATES.find("1° marzo 2024", false)).contains("2024-03-01");
        assertThat(DATES.find("Publicat el 12 d'octubre de 2024", false)).contains("2024-10-12");
        assertThat(DATES.find("3 d’agost del 2023", false)).contains("2023-08-03");
        // a degree sign after a number before anything but a month is a temperature
        assertThat(DATES.find("12° gradi 2024", false)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12 Ara 2024|2024-12-12",
        "5 Şub 2024 14:30|2024-02-05",
        "12. říj 2024|2024-10-12",
        "3. kvě 2023|2023-05-03",
    })
    void readsTurkishAndCzechMonthAbbreviations(String input, String expected) {
        assertThat(DATES.find(input, false)).contains(expected);
    }

    @Test
    void aWordLeftOutOfTheAbbreviationsIsNoMonth() {
        // Portuguese "tem" (has), Czech "led" (January) and English "led": no month before a year
        assertThat(DATES.find("A cidade tem 2000 habitantes", false)).isEmpty();
        assertThat(DATES.find("She led 2019 sales", false)).isEmpty();
    }
}
