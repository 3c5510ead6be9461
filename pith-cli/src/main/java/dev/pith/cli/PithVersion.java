package dev.pith.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code pith --version} and {@code pith <command> --version} print: Pith's version as the
 * build recorded it in the jar (so it never goes stale in the source), and the Java running it.
 */
public final class PithVersion implements IVersionProvider {

    /** Written into the jar by Maven's jar plugin for every module. */
    private static final String POM_PROPERTIES = "/META-INF/maven/dev.pith/pith-cli/pom.properties";
    /** Shown when the classes do not come from a built jar (an IDE, the tests). */
    static final String UNKNOWN = "unknown (not run from a built jar)";

    @Override
    public String[] getVersion() {
        String java = "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")";
        return new String[] {"pith " + version(), java};
    }

    /** Pith's version, e.g. {@code 0.1.0}, or {@link #UNKNOWN}. */
    static String version() {
        try (InputStream in = PithVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", UNKNOWN);
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
