package dev.pith.lang;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-language phrase lists, read once from {@code dev/pith/lang/<code>/<kind>.txt} when the
 * class loads and kept in immutable maps. A page in a language with data gets that language's
 * phrases plus English ones (the web's boilerplate is often left in English); a page whose
 * language is unknown, or one without data, gets the phrases of every language.
 */
public final class LanguageData {

    /** The languages with data files. */
    public static final List<String> CODES = List.of("en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "ja", "zh", "cs", "hu",
            "sv", "da", "nb", "fi", "tr", "ro", "sk", "uk", "vi", "id", "ko", "el", "ar", "fa", "he", "bg", "hr", "ca",
            "hi", "th");
    /**
     * Codes pages declare for a language whose data sits under another code: Norwegian pages say
     * {@code no}, {@code nb} or {@code nn}, and the Bokmål and Nynorsk boilerplate is the same;
     * old pages declare Hebrew with its withdrawn code {@code iw}.
     */
    private static final Map<String, String> ALIASES = Map.of("no", "nb", "nn", "nb", "iw", "he");
    /** {@link #CODES} to look up: rules ask for a page's lists once per block. */
    private static final Set<String> WITH_DATA = Set.copyOf(CODES);
    /** Where English sits: added to every language's lists. */
    private static final String ENGLISH = "en";

    /** The data files by {@code <code>/<kind>.txt}, from the build's bundle; empty when there is none. */
    private static final Optional<Map<String, byte[]>> BUNDLED = readBundle();
    private static final Map<PhraseKind, Map<String, List<String>>> LINES = readAll();
    /**
     * Each language's phrases, and every language's, built when a page first asks: a run of one
     * page asks for one or two of them, and building all of them (every line normalised, the
     * English lines once per language) cost that run more than its extraction.
     */
    private static final Map<PhraseKind, Map<String, Phrases>> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final Map<PhraseKind, Phrases> ALL_LANGUAGES = new ConcurrentHashMap<>();

    private LanguageData() {
    }

    /**
     * The phrases of {@code kind} for a page in {@code language}. A page declared English gets
     * every language's: {@code lang="en"} is what most page templates ship with, so it is the
     * declaration most often left wrong on pages in other languages, and the other languages'
     * phrases do not occur in English text.
     */
    public static Phrases phrases(Language language, PhraseKind kind) {
        String code = ownCode(language);
        if (code == null) {
            return ALL_LANGUAGES.computeIfAbsent(kind, LanguageData::allLanguages);
        }
        return BY_LANGUAGE.computeIfAbsent(kind, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(code, c -> ownAndEnglish(c, kind));
    }

    /**
     * The languages whose lists a page in {@code language} is matched against, as {@link #phrases}
     * chooses them: its own and English, or every language's ({@link #CODES}). For data read with
     * {@link #entries} into another form than {@link Phrases}.
     */
    public static List<String> codesFor(Language language) {
        String code = ownCode(language);
        return code == null ? CODES : List.of(code, ENGLISH);
    }

    /** The code of the page's own lists, or null when it is matched against every language's. */
    private static String ownCode(Language language) {
        String code = ALIASES.getOrDefault(language.code(), language.code());
        return code.equals(ENGLISH) || !WITH_DATA.contains(code) ? null : code;
    }

    /** The lines of one language's file of {@code kind}, as written (comments included); empty when there is none. */
    public static List<String> lines(String code, PhraseKind kind) {
        return LINES.get(kind).getOrDefault(code, List.of());
    }

    /**
     * The entries of one language's file of any kind, as written: lines stripped, blank lines and
     * {@code #} comments left out; empty when the language has no such file. The one reader of
     * the data files, whatever package interprets them.
     */
    public static List<String> entries(String code, String kind) {
        return read(code + "/" + kind + ".txt").stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static Map<PhraseKind, Map<String, List<String>>> readAll() {
        Map<PhraseKind, Map<String, List<String>>> all = new EnumMap<>(PhraseKind.class);
        for (PhraseKind kind : PhraseKind.values()) {
            Map<String, List<String>> byCode = new HashMap<>();
            for (String code : CODES) {
                byCode.put(code, read(code + "/" + kind.file() + ".txt"));
            }
            all.put(kind, Map.copyOf(byCode));
        }
        return Map.copyOf(all);
    }

    /** The lines of a data file, {@code <code>/<kind>.txt}; empty when there is no such file. */
    private static List<String> read(String file) {
        if (BUNDLED.isPresent()) {
            byte[] bytes = BUNDLED.get().get(file);
            return bytes == null ? List.of() : lines(new String(bytes, StandardCharsets.UTF_8));
        }
        // classes not built by Maven (an IDE): the files themselves
        try (InputStream in = LanguageData.class.getResourceAsStream("/" + DataBundler.ROOT + "/" + file)) {
            return in == null ? List.of() : lines(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    private static Optional<Map<String, byte[]>> readBundle() {
        try (InputStream in = LanguageData.class.getResourceAsStream(DataBundler.BUNDLE)) {
            if (in == null) {
                return Optional.empty();
            }
            DataInputStream data = new DataInputStream(in);
            if (data.readInt() != DataBundler.MAGIC) {
                throw new IOException("not a language data bundle");
            }
            int files = data.readInt();
            Map<String, byte[]> byName = new HashMap<>();
            for (int i = 0; i < files; i++) {
                String name = data.readUTF();
                byName.put(name, data.readNBytes(data.readInt()));
            }
            return Optional.of(Map.copyOf(byName));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DataBundler.BUNDLE, e);
        }
    }

    /** A language's phrases of one kind, with the English ones. */
    private static Phrases ownAndEnglish(String code, PhraseKind kind) {
        List<String> lines = new ArrayList<>(lines(code, kind));
        lines.addAll(lines(ENGLISH, kind));
        return Phrases.of(lines);
    }

    /** Every language's phrases of one kind. */
    private static Phrases allLanguages(PhraseKind kind) {
        List<String> lines = new ArrayList<>();
        CODES.forEach(code -> lines.addAll(lines(code, kind)));
        return Phrases.of(lines);
    }
}
