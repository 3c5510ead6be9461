package dev.pith.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pith.model.Block;
import dev.pith.model.Paragraph;
import dev.pith.util.JsonTrees;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text of a JSON-LD guide, and the shell page whose body it becomes. */
class HowToStepsTest {

    private static final String GUIDE = "{\"@type\":\"HowTo\",\"name\":\"Sew a round tablecloth\","
            + "\"description\":\"<p>A round table needs a round cloth.</p><p>Here is how &amp; why.</p>\","
            + "\"step\":[{\"@type\":\"HowToStep\",\"name\":\"Measure the table\",\"itemListElement\":"
            + "{\"@type\":\"HowToDirection\",\"text\":\"<p>Measure the <strong>diameter</strong> of the top.</p>\"}},"
            + "{\"@type\":\"HowToStep\",\"name\":\"Cut the cloth\",\"text\":\"Cut a circle with a seam allowance.\"}]}";

    private static JsonNode json(String text) throws IOException {
        try (var parser = new JsonFactory().createParser(text)) {
            return JsonTrees.readValue(parser);
        }
    }

    @Test
    void aGuideReadsAsItsDescriptionThenEachStepInOrder() throws IOException {
        assertThat(HowToSteps.of(json(GUIDE)).split("\n")).containsExactly(
                "A round table needs a round cloth.", "Here is how & why.",
                "Measure the table", "Measure the diameter of the top.",
                "Cut the cloth", "Cut a circle with a seam allowance.");
    }

    @Test
    void aRecipeWithPlainInstructionsIsAGuideToo() throws IOException {
        String recipe = "{\"@type\":[\"Recipe\"],\"recipeInstructions\":[\"Beat the eggs.\",\"Fold in the flour.\"]}";

        assertThat(HowToSteps.of(json(recipe)).split("\n")).containsExactly("Beat the eggs.", "Fold in the flour.");
    }

    // A product or an article that merely carries a description is not a guide.
    @Test
    void anObjectWithoutStepsIsNoGuide() throws IOException {
        assertThat(HowToSteps.of(json("{\"@type\":\"Product\",\"description\":\"A fine lamp.\"}"))).isEmpty();
        assertThat(HowToSteps.of(json("{\"@type\":\"HowTo\",\"description\":\"Soon.\",\"step\":[]}"))).isEmpty();
    }

    @Test
    void aShellPageGetsTheGuideAsItsBody() {
        String longGuide = GUIDE.replace("Cut a circle with a seam allowance.",
                "Cut a circle with a seam allowance. ".repeat(12).strip());
        List<Block> body = EmbeddedBody.orFallback(List.of(), List.of(longGuide));

        assertThat(body).startsWith(new Paragraph("A round table needs a round cloth."));
        assertThat(body).contains(new Paragraph("Measure the diameter of the top."));
    }
}
