package dev.pith.clean;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The per-language word lists the cleaner's rules need, read through
 * {@link dev.pith.lang.LanguageData#entries}, one resource per language and kind: {@code dev/pith/lang/<code>/<kind>.txt}, UTF-8, one entry per line, {@code #} starting a
 * comment line, blank lines ignored. Entries come back NFC-normalised and in lower case, the
 * form the matchers compare lines with. Words live in these files, not in rule code, so that a
 * language is added by adding files.
 */
final class LanguageData {

    /** Languages that may have lists, ISO 639-1. A missing file is an empty list. */
    static final List<String> CODES = dev.pith.lang.LanguageData.CODES;

    private LanguageData() {
    }

    /** The entries of one kind for one language, normalised; empty when the language has no such file. */
    static List<String> entries(String code, String kind) {
        return dev.pith.lang.LanguageData.entries(code, kind).stream().map(LanguageData::normalize).toList();
    }

    /** The form entries are compared in: NFC, lower case. */
    static String normalize(String entry) {
        return Normalizer.normalize(entry, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
