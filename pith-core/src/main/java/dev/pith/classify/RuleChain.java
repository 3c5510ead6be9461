package dev.pith.classify;

import dev.pith.block.TextBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * The classify stage: runs the block rules in a fixed, visible order; the first rule that
 * drops a block decides, and its name is kept for {@code --explain}.
 */
public final class RuleChain {

    private final List<BlockRule> rules;

    public RuleChain(List<BlockRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The default rules for articles and most other pages, in order. */
    private static final List<BlockRule> STANDARD = List.of(
            new OutsideRegionRule(),
            new TitleRepeatRule(),
            new RepeatedTextRule(),
            new TeaserCardRule(),
            new CallToActionRule(),
            new CookieNoticeRule(),
            new LinkListRule(),
            new BylineRule());

    /** The default chain for articles and most other pages. */
    public static RuleChain standard() {
        return new RuleChain(STANDARD);
    }

    /** The standard chain plus a rule that drops every doubtful block: less noise, some loss. */
    public static RuleChain precise() {
        List<BlockRule> rules = new ArrayList<>(STANDARD);
        rules.add(new NegativeWeightRule());
        return new RuleChain(rules);
    }

    /** Only the region and the repeated headline: nothing inside the region is second-guessed. */
    public static RuleChain recalling() {
        return new RuleChain(List.of(
                new OutsideRegionRule(),
                new TitleRepeatRule()));
    }

    public List<Decision> classify(RuleContext context) {
        List<TextBlock> blocks = context.blocks();
        List<Decision> decisions = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            String droppedBy = "";
            for (BlockRule rule : rules) {
                if (rule.drops(b, i, context)) {
                    droppedBy = rule.name();
                    break;
                }
            }
            decisions.add(new Decision(b, droppedBy.isEmpty(), droppedBy));
        }
        return decisions;
    }
}
