package dev.pith.clean;

/**
 * What the cleaner decided about one line, for {@code --explain}-style output.
 *
 * @param text  the line
 * @param label its final class
 * @param rule  the rule that made the last decision about it
 * @param kept  whether it is in the body
 */
public record LineDecision(String text, LineLabel label, String rule, boolean kept) {
}
