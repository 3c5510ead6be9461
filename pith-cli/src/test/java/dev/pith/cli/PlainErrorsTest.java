package dev.pith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes a new user makes get a message in plain words and a non-zero exit, never Java's words or silence. */
class PlainErrorsTest {

    /** Records enough to fill any output buffer, so that a closed reader is noticed while the run goes on. */
    private static final int PAGES_PAST_ANY_BUFFER = 1500;

    @TempDir
    Path dir;

    private Path page() throws Exception {
        return Files.writeString(dir.resolve("p.html"), "<p>Some text of a page.</p>");
    }

    @Test
    void anUnknownFocusListsTheChoices() throws Exception {
        CliRun.Result r = CliRun.run("extract", page().toString(), "--focus", "max");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("expected one of [PRECISION, BALANCED, RECALL]").doesNotContain("No enum constant");
    }

    @Test
    void zeroOrNegativeWorkersAndTimeoutsAreRefused() throws Exception {
        assertThat(CliRun.run("extract", page().toString(), "-j", "0").stderr()).contains("must be at least 1");
        assertThat(CliRun.run("extract", page().toString(), "-j", "-1").exit()).isEqualTo(2);
        assertThat(CliRun.run("extract", page().toString(), "--timeout", "0").stderr())
                .contains("--timeout must be at least 1 second");
    }

    @Test
    void everyCommandRefusesZeroOrNegativeWorkers() throws Exception {
        Path records = Files.writeString(dir.resolve("r.jsonl"), "{\"id\": \"a\", \"text\": \"Some text.\"}\n");
        for (String command : new String[] {"extract", "clean", "dedup"}) {
            String input = command.equals("extract") ? page().toString() : records.toString();
            for (String workers : new String[] {"0", "-1"}) {
                CliRun.Result r = CliRun.run(command, input, "-j", workers);
                assertThat(r.exit()).as(command + " -j " + workers).isEqualTo(2);
                assertThat(r.stderr()).contains("-j/--threads must be at least 1, got " + workers);
            }
            assertThat(CliRun.run(command, input, "--timeout", "0").stderr()).as(command)
                    .contains("--timeout must be at least 1 second");
        }
    }

    @Test
    void evalOfAFolderThatIsNotADatasetSaysWhatIsMissing() {
        CliRun.Result r = CliRun.run("eval", dir.resolve("nosuch").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("is not a dataset folder: it needs pages/ and gold.jsonl");
    }

    @Test
    void anOutputInAMissingDirectoryNamesTheDirectory() throws Exception {
        Path target = dir.resolve("no/such/dir/x.jsonl");
        CliRun.Result r = CliRun.run("extract", page().toString(), "-o", target.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).contains("cannot write " + target + ": no such directory");
    }

    @Test
    void aFullDiskIsAnErrorNotSilence() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
        CliRun.Result r = CliRun.run("extract", page().toString(), "-o", "/dev/full");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).contains("output: cannot write the output (No space left on device)");
    }

    @Test
    void aClosedPipeStopsTheRunWithAnOutputError() throws Exception {
        // `pith extract dir | head -1`: the reader goes away after its first bytes
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "no mkfifo here");
        Path pages = Files.createDirectories(dir.resolve("pages"));
        for (int i = 0; i < PAGES_PAST_ANY_BUFFER; i++) {
            Files.writeString(pages.resolve("p" + i + ".html"), "<p>Some text of page " + i + ".</p>");
        }
        Path pipe = dir.resolve("pipe");
        assertThat(new ProcessBuilder("/usr/bin/mkfifo", pipe.toString()).start().waitFor()).isZero();
        Thread head = new Thread(() -> {
            try (java.io.InputStream in = Files.newInputStream(pipe)) {
                in.read(new byte[100]);
            } catch (java.io.IOException ignored) {
                // the test looks at what the writer saw
            }
        });
        head.start();

        CliRun.Result r = CliRun.run("extract", pages.toString(), "-o", pipe.toString(), "-j", "1");
        head.join();

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).contains("output: cannot write the output (Broken pipe); stopped")
                .doesNotContain(PAGES_PAST_ANY_BUFFER + " ok");
    }

    @Test
    void singleDocumentOptionsWithSeveralInputsAreRefusedNotIgnored() throws Exception {
        Path a = page();
        for (String option : new String[] {"--format=markdown", "--url=https://x.test/"}) {
            CliRun.Result r = CliRun.run("extract", a.toString(), a.toString(), option);
            assertThat(r.exit()).as(option).isEqualTo(2);
            assertThat(r.stderr()).contains("one document", "several inputs");
        }
    }

    @Test
    void aPageThatWouldParseForMinutesStopsAtTheTimeout() throws Exception {
        // One tag name of letters megabytes long: jsoup rebuilds it at every refill of its input
        // buffer, so the parse grows with the square of the page (~4 s for 4 MB here). The tag-name
        // cap spares the `<div<span` soups but not a name that opens before its samples go quiet.
        Path soup = Files.writeString(dir.resolve("soup.html"), "<" + "a".repeat(8_000_000));
        CliRun.Result r = CliRun.run("extract", soup.toString(), "--timeout", "1");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).contains("timeout: extraction gave up after its time budget");
    }
}
