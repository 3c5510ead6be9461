package dev.pith.clean;

/**
 * A rule that classifies a line from its own features. Rules run in the order of
 * {@link LineRules#CHAIN}; the first one with an opinion labels the line.
 */
interface LineRule {

    /** A short stable name, shown in explanations. */
    String name();

    /** The label this rule gives the line, or null when it has no opinion. */
    LineLabel classify(Line line, CleanContext context);

    /** The role a line this rule labels plays for the context rules. */
    default LineRole role() {
        return LineRole.NONE;
    }
}
