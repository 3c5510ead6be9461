package dev.pith.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    @Test
    void readsCommonForms() {
        assertThat(DateFinder.find("2022-09-28")).isEqualTo("2022-09-28");
        assertThat(DateFinder.find("September 4, 2025")).isEqualTo("2025-09-04");
        assertThat(DateFinder.find("4 September 2025")).isEqualTo("2025-09-04");
        assertThat(DateFinder.find("28. September 2022")).isEqualTo("2022-09-28");
        assertThat(DateFinder.find("28 septembre 2022")).isEqualTo("2022-09-28");
        assertThat(DateFinder.find("4 de septiembre de 2025")).isEqualTo("2025-09-04");
        assertThat(DateFinder.find("28.09.2022")).isEqualTo("2022-09-28");
        assertThat(DateFinder.find("Sept. 4, 2025")).isEqualTo("2025-09-04");
    }

    @Test
    void rejectsImpossibleDatesAndNonDates() {
        assertThat(DateFinder.find("2022-13-45")).isEmpty();
        assertThat(DateFinder.find("Call 555-1234")).isEmpty();
        assertThat(DateFinder.find("May 40, 2020")).isEmpty();
        assertThat(DateFinder.find("")).isEmpty();
    }

    @Test
    void prefersALabelledDateAndIgnoresDatesInProse() {
        List<String> lines = List.of(
                "A headline",
                "In a long sentence that mentions March 3, 2019 in passing, among many other words here.",
                "Comments date 2022-09-28 Sign up to our Evening Headlines email for your daily guide to the latest news");
        assertThat(DateFinder.published(lines)).isEqualTo("2022-09-28");
        assertThat(DateFinder.published(List.of(lines.get(1)))).isEmpty();
        assertThat(DateFinder.published(List.of("Andrew King", "September 4, 2025", "5:50 am"))).isEqualTo("2025-09-04");
    }
}
