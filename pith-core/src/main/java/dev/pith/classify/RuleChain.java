package dev.pith.classify;

import dev.pith.block.TextBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * The classify stage: runs the block rules in a fixed, visible order; the first rule that
 * drops a block decides, and its name is kept for {@code --explain}. Then the passes that judge
 * a block by its neighbours' verdicts ({@link DecisionPass}) revise the result, in order, and
 * kept blocks shed the furniture lines at their edges ({@link EdgeFurnitureLines}).
 */
public final class RuleChain {

    private final List<BlockRule> rules;
    private final List<DecisionPass> passes;
    /** Whether kept blocks shed their furniture lines at the end ({@link EdgeFurnitureLines}). */
    private final boolean trimsEdges;

    public RuleChain(List<BlockRule> rules) {
        this(rules, List.of(), false);
    }

    RuleChain(List<BlockRule> rules, List<DecisionPass> passes, boolean trimsEdges) {
        this.rules = List.copyOf(rules);
        this.passes = List.copyOf(passes);
        this.trimsEdges = trimsEdges;
    }

    /** The default rules for articles and most other pages, in order. */
    private static final List<BlockRule> STANDARD = List.of(
            new OutsideRegionRule(),
            new DialogRule(),
            new FollowingArticleRule(),
            new TitleRepeatRule(),
            new RepeatedTextRule(),
            new TeaserCardRule(),
            new TruncatedTeaserRule(),
            new CopyrightNoticeRule(),
            new CallToActionRule(),
            new ReaderAppealRule(),
            new RelatedLinksRule(),
            new RelatedSectionRule(),
            new ReviewSectionRule(),
            new AuthorCardRule(),
            new PostFigureRule(),
            new PostStampRule(),
            new MemberTitleRule(),
            new ControlLabelRule(),
            new PriceLineRule(),
            new FormTextRule(),
            new CreditLineRule(),
            new AdvertLabelRule(),
            new NameCaptionRule(),
            new PictureCaptionRule(),
            new CookieNoticeRule(),
            new LinkListRule(),
            new ScriptControlRule(),
            new BylineRule());

    /** Passes over the verdicts of the standard rules, in order. */
    private static final List<DecisionPass> STANDARD_PASSES = List.of(
            new IntroducedListRule(),
            new RiverHeadlineRule(),
            new LeadingLabelRule(),
            new EntryBylineRule(),
            new EmptySectionRule());

    /** The default chain for articles and most other pages. */
    public static RuleChain standard() {
        return new RuleChain(STANDARD, STANDARD_PASSES, true);
    }

    /** The standard chain plus a rule that drops every doubtful block: less noise, some loss. */
    public static RuleChain precise() {
        List<BlockRule> rules = new ArrayList<>(STANDARD);
        rules.add(new NegativeWeightRule());
        return new RuleChain(rules, STANDARD_PASSES, true);
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
        // small methods per loop: the compiler's hot loop then holds only what runs per block
        for (int i = 0; i < blocks.size(); i++) {
            decisions.add(decide(blocks.get(i), i, context));
        }
        for (DecisionPass pass : passes) {
            pass.revise(decisions, context);
        }
        // last: a cut block stands in its decision's place, and the lines cut off are added after it
        return trimsEdges ? EdgeFurnitureLines.trim(decisions, context) : decisions;
    }

    /** The verdict of the first rule that drops block {@code b}, at index {@code i}; kept if none does. */
    private Decision decide(TextBlock b, int i, RuleContext context) {
        for (int r = 0; r < rules.size(); r++) {
            BlockRule rule = rules.get(r);
            if (rule.drops(b, i, context)) {
                return new Decision(b, false, rule.name());
            }
        }
        return new Decision(b, true, "");
    }
}
