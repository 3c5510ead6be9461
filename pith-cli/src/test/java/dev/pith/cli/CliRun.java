package dev.pith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in-process for tests and returns what it printed on stderr (the summary) and stdout. */
public final class CliRun {

    private CliRun() {
    }

    /** Runs {@code pith args...}, expects exit status 0, returns stderr (also echoed). */
    public static String stderrOf(String... args) {
        Result r = run(args);
        assertThat(r.exit()).as(r.stderr()).isZero();
        return r.stderr();
    }

    /** Runs {@code pith args...}, expects exit status 0, returns stdout. */
    public static String stdoutOf(String... args) {
        Result r = run(args);
        assertThat(r.exit()).as(r.stderr()).isZero();
        return r.stdout();
    }

    /** What a run ended with: its exit status and what it printed on stderr and stdout. */
    public record Result(int exit, String stderr, String stdout) {
    }

    /** Runs {@code pith args...} and returns its exit status, stderr (also echoed) and stdout. */
    public static synchronized Result run(String... args) {
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.run(args);
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
        String s = err.toString(StandardCharsets.UTF_8);
        oldErr.print(s);
        return new Result(exit, s, out.toString(StandardCharsets.UTF_8));
    }
}
