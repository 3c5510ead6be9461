package dev.pith.prune;

/**
 * One subtree taken out by a prune rule, for {@code --explain}.
 *
 * @param rule  the rule's name
 * @param what  the element, as {@code tag.class#id}
 * @param chars characters of text removed with it
 */
public record Removal(String rule, String what, int chars) {
}
