package dev.pith.clean;

import java.util.List;

/**
 * A rule that revises labels from the neighbours of each line, after every line has its own
 * label and role. Context rules run in the order of {@link LineRules#CONTEXT}; they change
 * labels only, never which lines are kept ({@link MainRegionRule} decides that afterwards).
 */
interface ContextRule {

    /** A short stable name, shown in explanations. */
    String name();

    void apply(List<Line> lines, CleanContext context);
}
