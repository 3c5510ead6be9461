package dev.pith;

/**
 * A part of the page removed before its text was read (scripts, navigation, share bars,
 * cookie notices...), with the rule that removed it.
 *
 * @param rule    the prune rule's name
 * @param element the element removed, as {@code tag.class#id}
 * @param chars   characters of text removed with it
 */
public record PrunedElement(String rule, String element, int chars) {
}
