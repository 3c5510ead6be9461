package dev.pith.block;

/** What a text block is, from its element and the elements around it. */
public enum BlockKind {
    PARAGRAPH, HEADING, LIST_ITEM, QUOTE, CODE, TABLE_CELL, CAPTION, IMAGE, TEXT
}
