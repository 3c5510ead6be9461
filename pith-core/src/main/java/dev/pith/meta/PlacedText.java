package dev.pith.meta;

import org.jsoup.nodes.TextNode;

/**
 * A text node and its place in the document: how many elements come before it in document
 * order. Comparing that count with an element's own place ({@link PageScan#placeOf}) tells
 * whether the text starts after the element does, without walking the document again.
 *
 * @param text           the text node
 * @param elementsBefore elements opened before the text in document order, its ancestors included
 */
record PlacedText(TextNode text, int elementsBefore) {
}
