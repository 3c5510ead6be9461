package dev.pith.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How {@link DateResolver} chooses a page's dates: the vote by day among sources, then the
 * corrections, each for a kind of page that states its dates inconsistently.
 */
class DateResolverTest {

    private static final List<Candidate> NONE = List.of();

    private static Candidate pub(String value, Source source) {
        return new Candidate(Field.PUBLISHED, value, source);
    }

    private static Candidate mod(String value, Source source) {
        return new Candidate(Field.MODIFIED, value, source);
    }

    private static Candidate line(String value) {
        return new Candidate(Field.SHOWN_DATE, value, Source.VISIBLE);
    }

    private static String published(List<Candidate> published) {
        return DateResolver.published(published, NONE, NONE, NONE);
    }

    // A page whose JSON-LD states the date while the URL and a framework script agree on
    // another day (a related item's, or a build's).
    @Test
    void oneStrongSourceOutweighsTwoWeakOnesThatAgree() {
        assertThat(published(List.of(pub("2024-03-01", Source.JSON_LD), pub("2024-03-05", Source.URL),
                pub("2024-03-05", Source.SCRIPT_DATA)))).isEqualTo("2024-03-01");
    }

    // Markup with a timestamp and a shown line with the day only.
    @Test
    void theWinningDayComesInTheFormOfItsStrongestSourceWithItsTime() {
        assertThat(published(List.of(pub("2024-03-01", Source.VISIBLE), pub("2024-03-01T09:30:00+01:00", Source.JSON_LD))))
                .isEqualTo("2024-03-01T09:30:00+01:00");
    }

    // An archive page that states only "March 2024" in its markup but a full day in its text.
    @Test
    void aMonthAloneCountsOnlyWhenNoSourceGivesADay() {
        assertThat(published(List.of(pub("2024-03", Source.JSON_LD), pub("2024-02-10", Source.VISIBLE))))
                .isEqualTo("2024-02-10");
        assertThat(published(List.of(pub("2024-03", Source.JSON_LD)))).isEqualTo("2024-03");
    }

    @Test
    void noCandidatesGiveNoDate() {
        assertThat(published(NONE)).isEmpty();
        assertThat(DateResolver.modified(NONE, "")).isEmpty();
        assertThat(DateResolver.shown("", NONE)).isEmpty();
    }

    // A republished story: the markup carries the day of the new version, the line under the
    // headline the day it first appeared.
    @Test
    void anEarlierBareDateLineUnderTheHeadlineWins() {
        assertThat(DateResolver.published(List.of(pub("2024-06-01T08:00:00Z", Source.JSON_LD)), NONE,
                List.of(line("2023-11-20")), NONE)).isEqualTo("2023-11-20");
    }

    // A page that shows a later day under its headline and says nothing else about it: the line
    // may be an update date without a label, so the markup keeps its word.
    @Test
    void aLaterDateLineAloneDoesNotReplaceTheMarkup() {
        assertThat(DateResolver.published(List.of(pub("2024-06-01", Source.JSON_LD)), NONE,
                List.of(line("2024-06-09")), NONE)).isEqualTo("2024-06-01");
    }

    // A story whose JSON-LD keeps the day of its first version while <meta name="date"> and the
    // line under the headline agree on the day it was published as it stands.
    @Test
    void aLaterDateLineWinsWhenOtherMarkupStatesItsDay() {
        List<Candidate> published = List.of(pub("2023-01-05", Source.JSON_LD), pub("2024-06-01T10:00:00", Source.META_NAME));

        assertThat(DateResolver.published(published, NONE, List.of(line("2024-06-01")), NONE))
                .isEqualTo("2024-06-01T10:00:00");
    }

    // Reworked and republished: the markup gives the shown day as modification day too.
    @Test
    void aLaterDateLineWinsEvenWhenTheMarkupAlsoCallsItsDayTheModificationDay() {
        List<Candidate> published = List.of(pub("2023-01-05", Source.JSON_LD), pub("2024-06-01T10:00:00", Source.META_NAME));
        List<Candidate> modified = List.of(mod("2024-06-01T10:00:00", Source.JSON_LD));

        assertThat(DateResolver.published(published, modified, List.of(line("2024-06-01")), NONE))
                .isEqualTo("2024-06-01T10:00:00");
    }

    @Test
    void aLaterDateLineThatOnlyTheModificationDateStatesDoesNotWin() {
        List<Candidate> published = List.of(pub("2023-01-05", Source.JSON_LD));
        List<Candidate> modified = List.of(mod("2024-06-01T10:00:00", Source.JSON_LD));

        assertThat(DateResolver.published(published, modified, List.of(line("2024-06-01")), NONE)).isEqualTo("2023-01-05");
    }

    // A story relaunched under an old page record: OpenGraph keeps the record's creation years
    // before, its modification date names another day, and the byline shows a later <time>.
    @Test
    void aLaterTimeLineWinsWhenTheMarkupNamesAnotherUpdateDay() {
        List<Candidate> published = List.of(pub("2013-03-11T11:11:07-07:00", Source.OPEN_GRAPH),
                pub("2023-03-20T00:00:00-07:00", Source.TIME_ELEMENT), pub("2023-03-20", Source.VISIBLE));
        List<Candidate> modified = List.of(mod("2026-02-18T07:49:16-08:00", Source.OPEN_GRAPH));

        assertThat(DateResolver.published(published, modified, List.of(line("2023-03-20")), NONE))
                .isEqualTo("2023-03-20T00:00:00-07:00");
    }

    // Without a stated update day, a later <time> under the headline may be the update line itself.
    @Test
    void aLaterTimeLineDoesNotWinWithoutAnotherUpdateDay() {
        List<Candidate> published = List.of(pub("2013-03-11T11:11:07-07:00", Source.OPEN_GRAPH),
                pub("2023-03-20T00:00:00-07:00", Source.TIME_ELEMENT), pub("2023-03-20", Source.VISIBLE));

        assertThat(DateResolver.published(published, NONE, List.of(line("2023-03-20")), NONE))
                .isEqualTo("2013-03-11T11:11:07-07:00");
        assertThat(DateResolver.published(published, List.of(mod("2023-03-20T09:00:00-07:00", Source.OPEN_GRAPH)),
                List.of(line("2023-03-20")), NONE)).isEqualTo("2013-03-11T11:11:07-07:00");
    }

    // An essay that says in its text it was "originally published" years before its page's date.
    @Test
    void anEarlierOriginalPublicationDateWins() {
        List<Candidate> original = List.of(new Candidate(Field.ORIGINAL_DATE, "2019-09-26", Source.VISIBLE));

        assertThat(DateResolver.published(List.of(pub("2024-06-01", Source.JSON_LD)), NONE, NONE, original))
                .isEqualTo("2019-09-26");
    }

    // A late-evening post whose markup states the instant in UTC (the next day there) beside the
    // local timestamp the page's readers see.
    @Test
    void aUtcTimestampIsReadOnTheLocalDayAnotherSourceStates() {
        String chosen = published(List.of(pub("2025-12-18T23:25:38Z", Source.JSON_LD),
                pub("2025-12-19T04:25:38+05:00", Source.OPEN_GRAPH)));

        assertThat(chosen).startsWith("2025-12-19");
    }

    @Test
    void aUtcTimestampWithoutALocalOneKeepsItsDay() {
        assertThat(published(List.of(pub("2025-12-18T23:25:38Z", Source.JSON_LD)))).isEqualTo("2025-12-18T23:25:38Z");
    }

    // A server that writes local time without an offset at 03:05, while the page shows the
    // evening before ("Feb 14, 2026 | 9:05 pm") to its readers.
    @Test
    void aZonelessTimestampMovesToTheAdjacentDayThePageShows() {
        assertThat(published(List.of(pub("2026-02-15T03:05:48", Source.META_NAME), pub("2026-02-14", Source.VISIBLE))))
                .startsWith("2026-02-14");
    }

    // Latin American sites store UTC and show the local evening before ("21 de abril de 2022 a las 22:04h").
    @Test
    void aUtcTimestampMovesToTheAdjacentDayThePageShows() {
        assertThat(published(List.of(pub("2022-04-22T04:04:54Z", Source.META_NAME), pub("2022-04-21", Source.VISIBLE))))
                .startsWith("2022-04-21");
        // a candidate that states its offset names the zone: the UTC stamp keeps its day
        assertThat(published(List.of(pub("2022-04-22T04:04:54Z", Source.META_NAME),
                pub("2022-04-22T09:04:54+05:00", Source.OPEN_GRAPH), pub("2022-04-21", Source.VISIBLE))))
                .doesNotStartWith("2022-04-21");
    }

    @Test
    void aZonelessTimestampOnTheShownDayStaysAsWritten() {
        assertThat(published(List.of(pub("2026-02-15T03:05:48", Source.META_NAME), pub("2026-02-15", Source.VISIBLE))))
                .isEqualTo("2026-02-15T03:05:48");
    }

    // A page that writes "03/10/2023" (day first) under a URL with /2023/10/03/: read month
    // first, the shown date is the swapped reading of the URL's day.
    @Test
    void aShownDateThatIsTheSwappedReadingOfTheUrlDayIsDropped() {
        assertThat(published(List.of(pub("2023-10-03", Source.URL), pub("2023-03-10", Source.VISIBLE))))
                .isEqualTo("2023-10-03");
    }

    // A framework-rendered page in German that prints "11/01/2021" month first, beside its
    // JSON-LD timestamp: read day first, the shown line would be 11 January.
    @Test
    void aShownDateThatIsTheSwappedReadingOfAMarkupTimestampIsDropped() {
        List<Candidate> published = List.of(pub("2021-11-01T05:00:14", Source.JSON_LD), pub("2021-01-11", Source.VISIBLE));

        assertThat(DateResolver.withoutMisreadDays(published, DateResolver.swappedDays(published)))
                .containsExactly(pub("2021-11-01T05:00:14", Source.JSON_LD));
    }

    // A bare day in a meta tag may be written either way round itself; a day the markup also
    // states as it is stays.
    @Test
    void aBareMetaDayOrADayTheMarkupStatesSaysNothingOfTheReading() {
        assertThat(DateResolver.swappedDays(List.of(pub("2021-11-01", Source.META_NAME)))).isEmpty();
        assertThat(DateResolver.swappedDays(List.of(pub("2021-11-01T05:00:14", Source.JSON_LD),
                pub("2021-01-11", Source.OPEN_GRAPH)))).isEmpty();
    }

    @Test
    void aShownDateOnAnotherDayThanTheUrlIsNoMisreading() {
        List<Candidate> published = List.of(pub("2023-10-03", Source.URL), pub("2023-10-04", Source.VISIBLE));

        assertThat(DateResolver.withoutMisreadDays(published, DateResolver.swappedDays(published)))
                .isEqualTo(published);
    }

    // A page that shows its last update under the headline without a word saying so: the shown
    // day is the markup's modification day and none of its publication days.
    @Test
    void aShownLineWithTheModificationDayIsNoPublicationDate() {
        List<Candidate> published = List.of(pub("2024-01-10", Source.JSON_LD), pub("2024-05-02", Source.VISIBLE));
        List<Candidate> modified = List.of(mod("2024-05-02T12:00:00Z", Source.JSON_LD));

        assertThat(DateResolver.withoutUpdateLines(published, modified)).containsExactly(published.get(0));
    }

    @Test
    void aShownLineOnAPublicationDayOfTheMarkupStays() {
        List<Candidate> published = List.of(pub("2024-05-02", Source.JSON_LD), pub("2024-05-02", Source.VISIBLE));
        List<Candidate> modified = List.of(mod("2024-05-02T12:00:00Z", Source.JSON_LD));

        assertThat(DateResolver.withoutUpdateLines(published, modified)).isEqualTo(published);
    }

    // A page whose markup says it was modified before it was published (a template default).
    @Test
    void aModificationBeforeThePublicationIsNoModification() {
        assertThat(DateResolver.modified(List.of(mod("2020-01-01", Source.JSON_LD)), "2024-03-01")).isEmpty();
        assertThat(DateResolver.modified(List.of(mod("2024-04-01", Source.JSON_LD)), "2024-03-01")).isEqualTo("2024-04-01");
    }

    // An undated page that says "Updated on July 9, 2025" in words: that is the date a reader sees;
    // a modification date in the markup alone is a rebuild stamp and is not.
    @Test
    void theShownDateFallsBackToAnUpdateDateOnlyWhenThePageShowsIt() {
        assertThat(DateResolver.shown("2024-03-01", List.of(mod("2025-07-09", Source.VISIBLE)))).isEqualTo("2024-03-01");
        assertThat(DateResolver.shown("", List.of(mod("2025-07-09", Source.VISIBLE)))).isEqualTo("2025-07-09");
        assertThat(DateResolver.shown("", List.of(mod("2025-07-09T10:00:00Z", Source.JSON_LD)))).isEmpty();
    }

    // Microdata rewritten on the day of a rework, both of its dates alike, beside OpenGraph's first date.
    @Test
    void aPublicationDateItsSourceAlsoGivesAsTheModificationIsARestampUnderAnEarlierStrongerOne() {
        List<Candidate> published = List.of(pub("2017-04-12T18:33:59+02:00", Source.OPEN_GRAPH),
                pub("2020-02-19", Source.MICRODATA), pub("2020-02-19", Source.VISIBLE));
        List<Candidate> modified = List.of(mod("2020-02-19", Source.MICRODATA));

        assertThat(DateResolver.published(published, modified, NONE, NONE)).isEqualTo("2017-04-12T18:33:59+02:00");
    }

    // OpenGraph stamped a minute before its edit; the page shows the JSON-LD's earlier day.
    @Test
    void aRestampIsAlsoKnownByTheEarlierDayThePageShows() {
        List<Candidate> published = List.of(pub("2024-12-06T22:00:40Z", Source.JSON_LD),
                pub("2024-12-07T12:43:39Z", Source.OPEN_GRAPH), pub("2024-12-07T12:43:39Z", Source.TIME_ELEMENT),
                pub("2024-12-06", Source.VISIBLE), pub("2024-12-07", Source.SCRIPT_DATA));
        List<Candidate> modified = List.of(mod("2024-12-07T12:43:46Z", Source.OPEN_GRAPH));

        assertThat(DateResolver.published(published, modified, NONE, NONE)).isEqualTo("2024-12-06T22:00:40Z");
    }

    // Published, then edited two minutes later, on a day the page shows: no restamp.
    @Test
    void aPublicationFollowedByAnEditTheSameDayIsKept() {
        List<Candidate> published = List.of(pub("2023-11-03T10:25:56Z", Source.JSON_LD),
                pub("2023-11-06T14:25:00Z", Source.OPEN_GRAPH));
        List<Candidate> modified = List.of(mod("2023-11-06T14:26:51Z", Source.OPEN_GRAPH));

        assertThat(DateResolver.withoutRestamps(published, modified)).isEqualTo(published);
    }

    @Test
    void onlyAMonthAloneTakesTheDayOfAnUpdateLineInIt() {
        List<Candidate> lines = List.of(new Candidate(Field.UPDATE_LINE, "2021-01-17", Source.VISIBLE));

        assertThat(DateResolver.dayInMonth("2021-01", lines)).isEqualTo("2021-01-17");
        assertThat(DateResolver.dayInMonth("2021-02", lines)).isEqualTo("2021-02");
        assertThat(DateResolver.dayInMonth("2021-01-12", lines)).isEqualTo("2021-01-12");
        assertThat(DateResolver.dayInMonth("", lines)).isEmpty();
    }

    // A theme prints the last-saved day under the headline, the markup keeps the first publication.
    @Test
    void aBareShownLineOnTheModificationDayIsTheDateWhenThePublicationDayIsShownNowhere() {
        List<Candidate> published = List.of(pub("2024-05-09T00:00:00Z", Source.JSON_LD), pub("2025-12-16", Source.VISIBLE));
        List<Candidate> modified = List.of(mod("2025-12-16T00:00:00Z", Source.JSON_LD));

        assertThat(DateResolver.shownLineOverHiddenPublication("2024-05-09T00:00:00Z", published, modified,
                List.of(line("2025-12-16")))).isEqualTo("2025-12-16");
    }

    @Test
    void aShownLineLeavesThePublicationDateWhenThePageShowsItOrTheLineIsNoModificationDay() {
        List<Candidate> modified = List.of(mod("2025-12-16T00:00:00Z", Source.JSON_LD));
        List<Candidate> shownBoth = List.of(pub("2024-05-09T00:00:00Z", Source.JSON_LD), pub("2024-05-09", Source.TIME_ELEMENT),
                pub("2025-12-16", Source.VISIBLE));

        assertThat(DateResolver.shownLineOverHiddenPublication("2024-05-09T00:00:00Z", shownBoth, modified,
                List.of(line("2025-12-16")))).isEqualTo("2024-05-09T00:00:00Z");
        assertThat(DateResolver.shownLineOverHiddenPublication("2024-05-09T00:00:00Z",
                List.of(pub("2024-05-09T00:00:00Z", Source.JSON_LD)), modified, List.of(line("2025-12-20"))))
                .isEqualTo("2024-05-09T00:00:00Z");
    }
}
