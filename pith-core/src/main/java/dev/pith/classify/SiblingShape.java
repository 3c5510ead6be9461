package dev.pith.classify;

import dev.pith.util.Chars;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * What makes siblings alike for the look for runs of items: the tag and the first class name
 * that holds no digit. Templates tag each item of a run with its position or its record
 * ("item-3", "post-4711", "nid8F3K") and blogs add its categories and tags ("category-travel
 * tag-rome"), so the full class attribute differs from item to item although every item has
 * one shape; the first class name without a digit is the one the template gives them all
 * ("card", "post", "product").
 */
final class SiblingShape {

    private SiblingShape() {
    }

    /** The shape key of an element: its tag, and its first class name without a digit if it has one. */
    static String of(Element e) {
        List<String> names = unnumbered(e.className());
        return names.isEmpty() ? e.normalName() : e.normalName() + '.' + names.get(0);
    }

    /** Whether two elements have the same tag and the same whole class attribute: {@link #exact} without the strings. */
    static boolean isExactlyAlike(Element a, Element b) {
        return a.normalName().equals(b.normalName()) && a.className().equals(b.className());
    }

    /** The tag and the whole class attribute: siblings alike in every class name. */
    static String exact(Element e) {
        return e.normalName() + '.' + e.className();
    }

    /**
     * {@link #exact} as a grouping key, without building a string: the tag and the class attribute
     * keep their hashes, where a joined string would hash its characters again for every sibling.
     */
    record Exact(String tag, String classes) {
        static Exact of(Element e) {
            return new Exact(e.normalName(), e.className());
        }

        // Written out: a record's generated equals and hashCode are bootstrapped through
        // java.lang.runtime.ObjectMethods on first use, which spins ~10 classes at run time and
        // costs a one-page run ~10 ms.
        @Override
        public boolean equals(Object o) {
            return o instanceof Exact other && tag.equals(other.tag) && classes.equals(other.classes);
        }

        @Override
        public int hashCode() {
            return 31 * tag.hashCode() + classes.hashCode();
        }
    }

    /** The tag and every class name without a digit: items that differ only in numbered names. */
    static String withoutNumbers(Element e) {
        List<String> names = unnumbered(e.className());
        // Every name numbered ("block-2__card"): the names are the template's, not the item's.
        return names.isEmpty() ? exact(e) : e.normalName() + '.' + String.join(".", names);
    }

    /** The class names that hold no digit, in order. */
    private static List<String> unnumbered(String names) {
        List<String> unnumbered = new ArrayList<>();
        int start = 0;
        while (start < names.length()) {
            int end = names.indexOf(' ', start);
            if (end < 0) {
                end = names.length();
            }
            if (end > start && !Chars.hasDigit(names, start, end)) {
                unnumbered.add(names.substring(start, end));
            }
            start = end + 1;
        }
        return unnumbered;
    }

    /** Whether any class name holds a digit. */
    static boolean hasDigit(String names) {
        return Chars.hasDigit(names);
    }
}
