package dev.pith;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tests that read {@code ../shared} (the seeds, the benchmark pages): skipped on a developer's
 * machine without it, failed in CI, where a missing folder means the run measured nothing.
 */
public final class SharedData {

    private SharedData() {
    }

    /** Skips the test (or fails it in CI) unless every path exists. */
    public static void require(Path... paths) {
        for (Path p : paths) {
            if (Files.exists(p)) {
                continue;
            }
            String message = "shared data not found: " + p.toAbsolutePath().normalize();
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " (CI runs with ../shared beside the project)");
            }
            assumeTrue(false, message);
        }
    }
}
