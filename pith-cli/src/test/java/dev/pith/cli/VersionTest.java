package dev.pith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --version} answers on every command, not only on {@code pith} itself (it used to print nothing). */
class VersionTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "extract", "clean", "dedup", "eval", "bench"})
    void everyCommandPrintsTheVersion(String command) {
        String[] args = command.isEmpty() ? new String[] {"--version"} : new String[] {command, "--version"};
        assertThat(CliRun.stdoutOf(args)).startsWith("pith ").contains("Java " + Runtime.version());
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "dedup"})
    void theShortFlagToo(String command) {
        assertThat(CliRun.stdoutOf(command, "-V")).startsWith("pith ");
    }
}
