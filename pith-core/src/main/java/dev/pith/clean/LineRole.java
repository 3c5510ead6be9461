package dev.pith.clean;

/**
 * What a line rule recognised a line as, beyond its label: the facts the context rules build
 * on. Each line rule declares the role it gives ({@link LineRule#role}), so that what flows from
 * the line rules to the context rules is visible in one type.
 */
enum LineRole {
    /** Nothing the context rules look for. */
    NONE,
    /** A donation or subscription appeal ({@link ReaderAppealRule}); read by {@link AppealBlockRule}. */
    APPEAL,
    /** The headline repeated above the article ({@link TitleRepeatLineRule}); read by {@link BeforeHeadlineRule}. */
    HEADLINE,
    /** A heading over a box of links to other articles or about the author ({@link AsideHeadingRule}); read by {@link AsideSectionRule}. */
    ASIDE_HEADING
}
