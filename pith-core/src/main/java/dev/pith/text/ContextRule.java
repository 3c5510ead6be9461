package dev.pith.text;

import java.util.List;

/**
 * A rule that revises labels from the neighbours of each line, after every line has its own
 * label. Context rules run in the order of {@link LineRules#CONTEXT}.
 */
interface ContextRule {

    /** A short stable name, shown in explanations. */
    String name();

    void apply(List<Line> lines, CleanContext context);
}
