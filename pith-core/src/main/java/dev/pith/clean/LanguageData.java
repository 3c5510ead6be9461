package dev.pith.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the per-language word lists the cleaner's rules need, one resource per language and
 * kind: {@code dev/pith/lang/<code>/<kind>.txt}, UTF-8, one entry per line, {@code #} starting a
 * comment line, blank lines ignored. Entries come back NFC-normalised and in lower case, the
 * form the matchers compare lines with. Words live in these files, not in rule code, so that a
 * language is added by adding files.
 */
final class LanguageData {

    /** Languages that may have lists, ISO 639-1. A missing file is an empty list. */
    static final List<String> CODES = List.of("en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "ja", "zh");

    private static final String ROOT = "/dev/pith/lang/";

    private LanguageData() {
    }

    /** The entries of one kind for one language; empty when the language has no such file. */
    static List<String> entries(String code, String kind) {
        try (InputStream in = LanguageData.class.getResourceAsStream(ROOT + code + "/" + kind + ".txt")) {
            return in == null ? List.of() : parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + kind + " list of " + code, e);
        }
    }

    private static List<String> parse(InputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                out.add(normalize(entry));
            }
        }
        return out;
    }

    /** The form entries are compared in: NFC, lower case. */
    static String normalize(String entry) {
        return Normalizer.normalize(entry, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
