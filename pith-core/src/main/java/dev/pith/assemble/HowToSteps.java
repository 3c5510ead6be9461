package dev.pith.assemble;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * The text of a JSON-LD {@code HowTo} (a craft or repair guide, a recipe's method): its
 * description, then each step's name and text, in order. Guide pages that render their steps by
 * script ship them only as this data, with no {@code articleBody}; the step texts often hold
 * HTML ({@code <p>}, {@code <strong>}), which is read as text, one line a paragraph.
 */
final class HowToSteps {

    /** Deeper nesting is not followed; real guides nest sections, steps and directions. */
    private static final int MAX_DEPTH = 6;
    /** Tags that end a paragraph inside a step's HTML text. */
    private static final Pattern PARAGRAPH_END = Pattern.compile("(?i)<br\\s*/?>|</(p|li|div|h[1-6])>");

    private HowToSteps() {
    }

    /** The guide's text, one paragraph a line; "" when {@code node} is not a guide with steps. */
    static String of(JsonNode node) {
        if (!isGuide(node)) {
            return "";
        }
        JsonNode steps = node.has("step") ? node.get("step") : node.get("recipeInstructions");
        List<String> lines = new ArrayList<>();
        addText(lines, node.get("description"));
        int before = lines.size();
        addSteps(lines, steps, 0);
        return lines.size() == before ? "" : String.join("\n", lines);
    }

    private static boolean isGuide(JsonNode node) {
        if (node == null || !node.isObject()) {
            return false;
        }
        return (node.has("step") || node.has("recipeInstructions")) && isGuideType(node.get("@type"));
    }

    /** {@code "HowTo"}, {@code "Recipe"}, or a list of types with one of them. */
    private static boolean isGuideType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isGuideType(t)) {
                    return true;
                }
            }
            return false;
        }
        return type.asText().equals("HowTo") || type.asText().equals("Recipe");
    }

    /**
     * A step is a string, a {@code HowToStep} with a name and a text, or a section or step whose
     * {@code itemListElement} holds more of them.
     */
    private static void addSteps(List<String> lines, JsonNode steps, int depth) {
        if (steps == null || depth > MAX_DEPTH) {
            return;
        }
        if (steps.isArray()) {
            steps.forEach(step -> addSteps(lines, step, depth + 1));
        } else if (steps.isTextual()) {
            addText(lines, steps);
        } else if (steps.isObject()) {
            addText(lines, steps.get("name"));
            addText(lines, steps.get("text"));
            addSteps(lines, steps.get("itemListElement"), depth + 1);
        }
    }

    private static void addText(List<String> lines, JsonNode value) {
        if (value == null || !value.isTextual()) {
            return;
        }
        for (String part : PARAGRAPH_END.split(value.asText())) {
            String text = part.indexOf('<') >= 0 || part.indexOf('&') >= 0 ? Jsoup.parseBodyFragment(part).text() : part.strip();
            if (!text.isBlank() && (lines.isEmpty() || !lines.get(lines.size() - 1).equals(text))) {
                lines.add(text);
            }
        }
    }
}
