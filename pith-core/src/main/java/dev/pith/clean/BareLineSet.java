package dev.pith.clean;

import java.util.Locale;
import java.util.Set;

/**
 * Short labels matched against a whole line, ignoring case and the digits, punctuation and
 * symbols around it ({@code "Comments (12)"} is the label "comments"). A line longer than the
 * longest label is rejected before any copy is made: most lines are.
 */
final class BareLineSet {

    private final Set<String> labels;
    private final int maxLength;

    /** @param labels labels in lower case */
    BareLineSet(Set<String> labels) {
        this.labels = Set.copyOf(labels);
        this.maxLength = labels.stream().mapToInt(String::length).max().orElse(0);
    }

    /** True when the line, bare and in lower case, is one of the labels. */
    boolean matches(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && !Character.isLetter(line.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(line.charAt(end - 1))) {
            end--;
        }
        return end - start <= maxLength && labels.contains(line.substring(start, end).toLowerCase(Locale.ROOT));
    }
}
