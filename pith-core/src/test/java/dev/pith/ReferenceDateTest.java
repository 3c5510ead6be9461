package dev.pith;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A fixed reference date makes the output independent of the day the extraction runs. */
class ReferenceDateTest {

    private static final byte[] PAGE = ("<html><head><title>Launch</title>"
            + "<meta property=\"article:published_time\" content=\"2030-05-04T10:00:00Z\"></head>"
            + "<body><article><h1>Launch</h1><p>The story of a launch that is told in a paragraph long"
            + " enough to count as the article.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);

    @Test
    void aDateAfterTheReferenceDayIsImplausibleAndOneBeforeItIsKept() {
        ExtractOptions before = ExtractOptions.DEFAULTS.withReferenceDate(LocalDate.of(2026, 1, 1));
        ExtractOptions after = ExtractOptions.DEFAULTS.withReferenceDate(LocalDate.of(2031, 1, 1));

        assertThat(Pith.extract(PAGE, "", null, before).metadata().published()).isEmpty();
        assertThat(Pith.extract(PAGE, "", null, after).metadata().published()).startsWith("2030-05-04");
    }
}
