package dev.pith.langid;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * Build-time tool, run by Maven before packaging: reads Apache OpenNLP's language detection
 * model ({@code langdetect-183.bin} from {@code opennlp-models-langdetect}) with OpenNLP and
 * writes it in the flat format {@link PackedModel} loads. OpenNLP is needed only here and in
 * the tests, never at run time.
 *
 * <p>Usage: {@code ModelPacker OUTPUT_FILE}.
 */
public final class ModelPacker {

    /** The model inside {@code opennlp-models-langdetect}, outside any package of its jar. */
    static final String SOURCE = "langdetect-183.bin";
    /** Where {@link NgramModel} finds the packed model, next to its class. */
    static final String PACKED = "langdetect.model";

    private ModelPacker() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ModelPacker OUTPUT_FILE");
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(out)) {
            pack(loadOpenNlpModel(), file);
        }
    }

    /** OpenNLP's model, read by OpenNLP. */
    static GISModel loadOpenNlpModel() throws IOException {
        try (InputStream in = ModelPacker.class.getClassLoader().getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IOException(SOURCE + " is missing: opennlp-models-langdetect is not on the class path");
            }
            if (new LanguageDetectorModel(in).getMaxentModel() instanceof GISModel gis) {
                return gis;
            }
            throw new IOException(SOURCE + " is not a GIS model: PackedModel evaluates only those");
        }
    }

    /** Writes the model in {@link PackedModel}'s format. */
    static void pack(GISModel model, OutputStream sink) throws IOException {
        Object[] parts = model.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> byPredicate = (Map<String, Context>) parts[1];
        String[] outcomes = (String[]) parts[2];
        if (outcomes.length > 1 << Byte.SIZE) {
            throw new IOException("more outcomes than one byte numbers: " + outcomes.length);
        }
        List<Map.Entry<String, Context>> predicates = new ArrayList<>(byPredicate.entrySet());
        for (Map.Entry<String, Context> p : predicates) {
            if (p.getKey().isEmpty() || p.getKey().length() > PackedModel.MAX_GRAM) {
                throw new IOException("a predicate PackedModel cannot key: \"" + p.getKey() + "\"");
            }
        }
        predicates.sort(Comparator.comparingLong(p -> PackedModel.key(p.getKey())));
        int paramCount = 0;
        for (Map.Entry<String, Context> p : predicates) {
            paramCount += p.getValue().getOutcomes().length;
        }
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(sink));
        out.writeInt(PackedModel.MAGIC);
        out.writeInt(outcomes.length);
        for (String outcome : outcomes) {
            out.writeUTF(outcome);
        }
        out.writeInt(predicates.size());
        out.writeInt(paramCount);
        for (Map.Entry<String, Context> p : predicates) {
            out.writeLong(PackedModel.key(p.getKey()));
        }
        int start = 0;
        for (Map.Entry<String, Context> p : predicates) {
            out.writeInt(start);
            start += p.getValue().getOutcomes().length;
        }
        out.writeInt(start);
        for (Map.Entry<String, Context> p : predicates) {
            for (int outcome : p.getValue().getOutcomes()) {
                out.writeByte(outcome);
            }
        }
        for (Map.Entry<String, Context> p : predicates) {
            for (double param : p.getValue().getParameters()) {
                out.writeDouble(param);
            }
        }
        out.flush();
    }
}
