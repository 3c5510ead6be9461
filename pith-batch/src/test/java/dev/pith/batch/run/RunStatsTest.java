package dev.pith.batch.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RunStatsTest {

    @Test
    void everyInputIsAccountedFor() {
        RunStats s = new RunStats(10, 3, 1_000_000_000L)
                .withSkipped(Map.of("not HTML", 4L)).withResumed(5);
        assertThat(s.inputs()).isEqualTo(s.ok() + s.errors() + s.skippedTotal() + s.resumed()).isEqualTo(19);
        assertThat(s.summary()).startsWith("pith: 19 in = 7 ok + 3 errors + 4 skipped + 5 already in output (4 not HTML)");
    }
}
