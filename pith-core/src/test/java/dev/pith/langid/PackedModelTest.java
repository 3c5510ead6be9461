package dev.pith.langid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import opennlp.tools.ml.maxent.GISModel;
import org.junit.jupiter.api.Test;

/** The packed model answers exactly as OpenNLP's own evaluation of the same model. */
class PackedModelTest {

    // loaded once for the JUnit tests and the jqwik property alike (jqwik skips @BeforeAll)
    private static final GISModel openNlp = load(ModelPacker::loadOpenNlpModel);
    private static final PackedModel packed = load(() -> {
        try (InputStream in = NgramModel.class.getResourceAsStream(ModelPacker.PACKED)) {
            return PackedModel.read(in);
        }
    });

    private interface Loader<T> {
        T load() throws IOException;
    }

    private static <T> T load(Loader<T> loader) {
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The distinct 1- to 3-grams, as OpenNLP's own context generator would list them. */
    private static String[] grams(String sample) {
        Set<String> grams = new LinkedHashSet<>();
        for (int n = 1; n <= PackedModel.MAX_GRAM; n++) {
            for (int i = 0; i + n <= sample.length(); i++) {
                grams.add(sample.substring(i, i + n));
            }
        }
        return grams.toArray(new String[0]);
    }

    private static long[] keys(String[] grams) {
        return Arrays.stream(grams).mapToLong(PackedModel::key).toArray();
    }

    @Test
    void theBuiltModelEqualsAFreshPackOfOpenNlpsModel() throws IOException {
        ByteArrayOutputStream fresh = new ByteArrayOutputStream();
        ModelPacker.pack(openNlp, fresh);
        PackedModel repacked = PackedModel.read(new ByteArrayInputStream(fresh.toByteArray()));
        long[] features = NgramModel.features("der schnelle braune fuchs");
        assertThat(repacked.probabilities(features)).containsExactly(packed.probabilities(features));
    }

    @Test
    void featuresAreTheDistinctGramsShortestFirstInOrderOfAppearance() {
        assertThat(NgramModel.features("abab")).containsExactly(keys(new String[] {"a", "b", "ab", "ba", "aba", "bab"}));
        assertThat(NgramModel.features("")).isEmpty();
    }

    @Test
    void outcomesAreOpenNlpsInItsOrder() {
        assertThat(packed.outcomeCount()).isEqualTo(openNlp.getNumOutcomes());
        for (int i = 0; i < packed.outcomeCount(); i++) {
            assertThat(packed.outcome(i)).isEqualTo(openNlp.getOutcome(i));
        }
    }

    @Test
    void probabilitiesEqualOpenNlpsToTheLastBitInManyLanguages() {
        List<String> samples = List.of(
                "the quick brown fox jumps over the lazy dog while the reporters watch",
                "die regierung hat am dienstag neue regeln für den öffentlichen verkehr beschlossen",
                "le gouvernement a annoncé mardi de nouvelles règles pour les transports publics",
                "el gobierno anunció el martes nuevas normas para el transporte público",
                "rząd ogłosił we wtorek nowe zasady dotyczące transportu publicznego",
                "правительство во вторник объявило новые правила для общественного транспорта",
                "η κυβέρνηση ανακοίνωσε την τρίτη νέους κανόνες για τις δημόσιες συγκοινωνίες",
                "x", "");
        for (String sample : samples) {
            String[] grams = grams(sample);
            assertThat(packed.probabilities(keys(grams))).as(sample).containsExactly(openNlp.eval(grams));
            assertThat(packed.likeliest(keys(grams))).as(sample)
                    .isEqualTo(PackedModel.argMax(packed.probabilities(keys(grams))));
        }
    }

    @Property(tries = 200)
    void probabilitiesEqualOpenNlpsOnAnyLetters(
            @ForAll @StringLength(max = 120) @Chars({'a', 'e', 'n', 's', 'ä', 'ł', 'ж', 'ς', ' '}) String sample) {
        String[] grams = grams(sample);
        assertThat(packed.probabilities(keys(grams))).containsExactly(openNlp.eval(grams));
        assertThat(NgramModel.features(sample)).containsExactlyInAnyOrder(keys(grams));
        assertThat(packed.likeliest(keys(grams))).isEqualTo(PackedModel.argMax(packed.probabilities(keys(grams))));
    }

    @Test
    void gramsAreKeyedByLengthThenCharacters() {
        assertThat(PackedModel.key("z")).isLessThan(PackedModel.key("aa"));
        assertThat(PackedModel.key("ab")).isLessThan(PackedModel.key("ac"));
        assertThat(PackedModel.key("a")).isNotEqualTo(PackedModel.key("a\u0000"));
    }

    @Test
    void refusesOtherFiles() {
        assertThatThrownBy(() -> PackedModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4})))
                .isInstanceOf(IOException.class).hasMessageContaining("not a packed language model");
    }
}
