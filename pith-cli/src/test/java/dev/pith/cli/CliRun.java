package dev.pith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in-process for tests and returns what it printed on stderr (the summary). */
public final class CliRun {

    private CliRun() {
    }

    /** Runs {@code pith args...}, expects exit status 0, returns stderr (also echoed). */
    public static synchronized String stderrOf(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run(args)).isZero();
        } finally {
            System.setErr(old);
        }
        String s = err.toString(StandardCharsets.UTF_8);
        old.print(s);
        return s;
    }
}
