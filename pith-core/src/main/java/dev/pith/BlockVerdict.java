package dev.pith;

/**
 * The verdict on one text block of a page: kept as main content, or dropped by a named rule.
 * What {@code pith extract --explain} prints and a reviewer reads to see why text is missing.
 *
 * @param text   the block's text, white space collapsed
 * @param kind   what the block is: {@code paragraph}, {@code heading}, {@code list_item},
 *               {@code quote}, {@code code}, {@code table_cell}, {@code caption}, {@code image}
 *               or {@code text}
 * @param path   the element holding the text, as {@code tag.class#id}
 * @param kept   true when the block is main content
 * @param rule   the rule that dropped it; empty when kept
 * @param weight the block's content weight: positive for prose, negative for links and labels
 */
public record BlockVerdict(String text, String kind, String path, boolean kept, String rule, double weight) {
}
