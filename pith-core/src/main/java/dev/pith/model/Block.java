package dev.pith.model;

import java.util.List;

/**
 * One typed unit of an article's body, in reading order.
 *
 * <p>The body of an {@link Article} is a list of blocks; renderers turn that list into plain
 * text, Markdown, JSON or clean HTML. Every block can give its plain text, which is what the
 * text renderer and the quality metrics see.
 */
public sealed interface Block
        permits Heading, Paragraph, ListBlock, Quote, Code, Table, Caption, Image {

    /** The block as plain text: no markup, inner line breaks only where the block has them. */
    String text();

    /** The links, bold and italic text inside {@link #text()}, in order of their start; often none. */
    default List<Mark> marks() {
        return List.of();
    }
}
