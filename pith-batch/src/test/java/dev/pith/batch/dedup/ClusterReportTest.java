package dev.pith.batch.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClusterReportTest {

    @Test
    void anIdWithTabsOrLineBreaksStaysOneCell() {
        assertThat(ClusterReport.cell("a\tb\nc\\d")).isEqualTo("a\\tb\\nc\\\\d").doesNotContain("\t", "\n");
        assertThat(ClusterReport.cell("plain-id")).isEqualTo("plain-id");
    }
}
