package dev.pith.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pith.ExtractOptions;
import dev.pith.ExtractionTimeoutException;
import dev.pith.Pith;
import dev.pith.model.Article;
import dev.pith.render.Format;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Fuzz targets for the two entry points that read untrusted input. In a normal test run Jazzer
 * replays the inputs under {@code src/test/resources/dev/pith/fuzz/PithFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes (see the README's "Fuzzing" section). Any exception other than
 * the documented time-budget one, and any hang, is a finding.
 */
class PithFuzzTest {

    /** Generous for one small fuzzed page; what matters is that a pathological one stops. */
    private static final ExtractOptions OPTIONS = ExtractOptions.DEFAULTS
            .withReferenceDate(LocalDate.of(2026, 1, 1)).withTimeBudget(Duration.ofSeconds(10));

    @FuzzTest(maxDuration = "30s")
    void extractAnyBytes(FuzzedDataProvider data) {
        String contentType = data.consumeBoolean() ? data.consumeString(40) : null;
        byte[] page = data.consumeRemainingAsBytes();
        try {
            Article article = Pith.extract(page, "https://example.com/a/b", contentType, OPTIONS);
            for (Format format : Format.values()) {
                assertThat(Pith.render(article, format)).isNotNull();
            }
        } catch (ExtractionTimeoutException expected) {
            // the time budget did its job
        }
    }

    @FuzzTest(maxDuration = "30s")
    void cleanAnyText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Article article = Pith.clean(text);
        assertThat(article.text()).isNotNull();
    }
}
