package dev.pith.text;

import java.util.List;

/** The rules of plain-text cleaning, in the order they run: the one place to read the chain. */
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
            new AppealBlockRule(),
            new BeforeHeadlineRule(),
            new CommentSectionRule(),
            new AsideSectionRule(),
            new FooterRule(),
            new MainRegionRule());

    private LineRules() {
    }
}
