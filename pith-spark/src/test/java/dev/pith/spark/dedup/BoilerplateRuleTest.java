package dev.pith.spark.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.dedup.LineStatistics;
import dev.pith.dedup.Tokenizer;
import dev.pith.dedup.Tokens;
import org.junit.jupiter.api.Test;

/** The exact-count rule agrees with the core's count-min statistics wherever counts do not collide. */
class BoilerplateRuleTest {

    private static final String SITE = "example.org";

    @Test
    void agreesWithTheCoreOnEveryCountOfLineAndSite() {
        for (int docs = 1; docs <= 12; docs++) {
            for (int repeats = 0; repeats <= docs; repeats++) {
                LineStatistics core = new LineStatistics(16);
                for (int d = 0; d < docs; d++) {
                    String text = (d < repeats ? "shared menu line\n" : "") + "own line " + d + "\n";
                    core.add(SITE, LineStatistics.keys(SITE, Tokenizer.tokenize(text)));
                }
                Tokens probe = Tokenizer.tokenize("shared menu line");
                boolean[] flags = core.boilerplate(SITE, probe);
                boolean coreSays = flags != null && flags[0];
                assertThat(BoilerplateRule.isBoilerplate(repeats, docs))
                        .as("%d of %d documents", repeats, docs).isEqualTo(coreSays);
            }
        }
    }

    @Test
    void aLineInHundredsOfPagesIsBoilerplateWhateverTheSiteSize() {
        assertThat(BoilerplateRule.isBoilerplate(300, 100_000)).isTrue();
        assertThat(BoilerplateRule.isBoilerplate(254, 100_000)).isFalse();
    }
}
