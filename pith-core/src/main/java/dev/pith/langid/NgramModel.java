package dev.pith.langid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Apache OpenNLP's language detection model (103 languages, character 1- to 3-grams), loaded on
 * first use and shared: loading takes a second or more, evaluating it is thread-safe.
 *
 * <p>Features are built here rather than by OpenNLP's context generator, whose regular
 * expression normalisers cost several times the model's own evaluation; {@link TextSample} has
 * already reduced the text to lower-case letters and single spaces.
 */
final class NgramModel {

    /** The model file inside {@code opennlp-models-langdetect}. */
    private static final String RESOURCE = "langdetect-183.bin";
    private static final int MAX_GRAM = 3;

    private NgramModel() {
    }

    /** Lazily loaded on first use; the JVM's class initialisation makes it thread-safe. */
    private static final class Loaded {
        static final MaxentModel MODEL = load();
        static final String[] CODES = codes(MODEL);
    }

    /** The probability of each language, indexed like {@link #code(int)}. */
    static double[] probabilities(String sample) {
        return Loaded.MODEL.eval(features(sample));
    }

    /** The language code (ISO 639-1 where one exists) of an index of {@link #probabilities}. */
    static String code(int index) {
        return Loaded.CODES[index];
    }

    /** The distinct 1- to 3-grams of a sample, as the model was trained on them. */
    static String[] features(String sample) {
        Set<String> grams = new HashSet<>(sample.length() * MAX_GRAM);
        for (int n = 1; n <= MAX_GRAM; n++) {
            for (int i = 0; i + n <= sample.length(); i++) {
                grams.add(sample.substring(i, i + n));
            }
        }
        return grams.toArray(new String[0]);
    }

    private static MaxentModel load() {
        // through the class loader: the model lies outside any package of its jar, which a named
        // module's own resource lookup would not search
        try (InputStream in = NgramModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: opennlp-models-langdetect is not on the class path");
            }
            return new LanguageDetectorModel(in).getMaxentModel();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + RESOURCE, e);
        }
    }

    private static String[] codes(MaxentModel model) {
        String[] codes = new String[model.getNumOutcomes()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = LanguageCodes.twoLetter(model.getOutcome(i));
        }
        return codes;
    }
}
