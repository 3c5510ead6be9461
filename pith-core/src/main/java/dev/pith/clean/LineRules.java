package dev.pith.clean;

import java.util.List;

/**
 * The rules of plain-text cleaning, in the order they run: the one place to read the chain.
 * Data flows one way: the {@link #CHAIN} gives every line a label and a {@link LineRole}, the
 * {@link #CONTEXT} rules revise labels from the neighbours (reading labels and roles), and the
 * {@link #REGION} rule keeps lines by their final labels.
 */
final class LineRules {

    /** Own-feature rules: the first with an opinion labels the line. {@link ProseRule} always has one. */
    static final List<LineRule> CHAIN = List.of(
            new RecurringLineRule(),
            new TitleRepeatLineRule(),
            new ReaderAppealRule(),
            new AsideHeadingRule(),
            new RelatedLinkRule(),
            new CallToActionLineRule(),
            new CreditLineRule(),
            new DateLineRule(),
            new MenuShapeRule(),
            new ProseRule());

    /** Neighbour rules, run after every line has its own label. */
    static final List<ContextRule> CONTEXT = List.of(
            new ConsentBlockRule(),
            new CutTeaserListRule(),
            new AppealBlockRule(),
            new BeforeHeadlineRule(),
            new CommentSectionRule(),
            new AsideSectionRule(),
            new AboutNameBox(),
            new FooterRule());

    /**
     * The last stage, after every label is final: the only one that decides which lines are
     * kept ({@link Line#kept}), from the labels the rules above gave.
     */
    static final MainRegionRule REGION = new MainRegionRule();

    private LineRules() {
    }
}
