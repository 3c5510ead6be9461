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
    public static String stderrOf(String... args) {
        Result r = run(args);
        assertThat(r.exit()).as(r.stderr()).isZero();
        return r.stderr();
    }

    /** What a run ended with: its exit status and what it printed on stderr. */
    public record Result(int exit, String stderr) {
    }

    /** Runs {@code pith args...} and returns its exit status and stderr (also echoed). */
    public static synchronized Result run(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.run(args);
        } finally {
            System.setErr(old);
        }
        String s = err.toString(StandardCharsets.UTF_8);
        old.print(s);
        return new Result(exit, s);
    }
}
