package dev.pith.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The corrections {@link DateResolver} applies after the vote by day. */
class ShownDateLineTest {

    private static Candidate published(String value, Source source) {
        return new Candidate(Field.PUBLISHED, value, source);
    }

    private static final List<Candidate> STAMPED = List.of(new Candidate(Field.MODIFIED, "2024-07-05T14:20:08Z", Source.META_NAME));

    @Test
    void anEarlierTimeElementReplacesARegenerationStamp() {
        List<Candidate> published = List.of(published("2024-07-05T14:20:08Z", Source.META_NAME),
                published("2024-03-01T05:00:00", Source.TIME_ELEMENT));
        assertThat(DateResolver.shownInstead("2024-07-05T14:20:08Z", published, STAMPED, List.of()))
                .isEqualTo("2024-03-01T05:00:00");
    }

    @Test
    void aDateMerelyFoundInTextDoesNotReplaceAPostEditedOnItsDay() {
        // a figure caption or a teaser mentions an earlier day; the post was saved twice on its own day
        List<Candidate> published = List.of(published("2024-07-05T14:20:08Z", Source.OPEN_GRAPH),
                published("2019-11-15", Source.VISIBLE));
        assertThat(DateResolver.shownInstead("2024-07-05T14:20:08Z", published, STAMPED, List.of()))
                .isEqualTo("2024-07-05T14:20:08Z");
    }

    @Test
    void theBareDateLineUnderTheHeadlineCountsAsShown() {
        List<Candidate> published = List.of(published("2024-07-05T14:20:08Z", Source.OPEN_GRAPH),
                published("2024-03-01", Source.VISIBLE));
        List<Candidate> line = List.of(new Candidate(Field.SHOWN_DATE, "2024-03-01", Source.VISIBLE));
        assertThat(DateResolver.shownInstead("2024-07-05T14:20:08Z", published, STAMPED, line)).isEqualTo("2024-03-01");
    }

    private static final List<Candidate> SHOWN_LINE = List.of(new Candidate(Field.SHOWN_DATE, "2022-01-27", Source.VISIBLE));

    @Test
    void theShownLineBeatsAPageRecordStampInAMetaName() {
        // <meta name="date"> of a small CMS: the record was saved weeks before the story's date
        List<Candidate> published = List.of(published("2021-12-20T11:02:44+01:00", Source.META_NAME),
                published("2022-01-27", Source.VISIBLE));
        assertThat(DateResolver.shownOverRecordStamp("2021-12-20T11:02:44+01:00", published, SHOWN_LINE))
                .isEqualTo("2022-01-27");
    }

    @Test
    void articleMarkupKeepsItsDateOverTheShownLine() {
        List<Candidate> published = List.of(published("2021-12-20T11:02:44+01:00", Source.META_NAME),
                published("2021-12-20T11:02:44+01:00", Source.OPEN_GRAPH), published("2022-01-27", Source.VISIBLE));
        assertThat(DateResolver.shownOverRecordStamp("2021-12-20T11:02:44+01:00", published, SHOWN_LINE))
                .isEqualTo("2021-12-20T11:02:44+01:00");
    }

    @Test
    void withoutAShownLineAnEarlierShownDateBeatsTheRecordStamp() {
        List<Candidate> published = List.of(published("2020-02-12", Source.META_NAME), published("2020-02-05", Source.VISIBLE));
        assertThat(DateResolver.shownOverRecordStamp("2020-02-12", published, List.of())).isEqualTo("2020-02-05");
    }

    @Test
    void withoutAShownLineALaterShownDateLeavesTheRecordStamp() {
        // dates beside teasers further down the page come after the story's own
        List<Candidate> published = List.of(published("2020-02-11", Source.META_NAME), published("2020-02-29", Source.VISIBLE));
        assertThat(DateResolver.shownOverRecordStamp("2020-02-11", published, List.of())).isEqualTo("2020-02-11");
    }
}
