package dev.pith.classify;

import java.util.List;

/**
 * A rule that judges a block by the verdicts on the blocks around it, so it runs after the
 * {@link BlockRule}s have judged every block: a heading is only known to introduce nothing
 * once the blocks under it are dropped.
 */
interface DecisionPass {

    String name();

    /** Replaces, in place, the decisions this pass overturns; the others stay as they are. */
    void revise(List<Decision> decisions, RuleContext context);
}
