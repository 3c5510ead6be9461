package dev.pith.clean;

/**
 * One line on its way through the cleaner: its features and the label the rules have given
 * it so far, with the name of the rule that gave it. Mutable, and confined to one call.
 */
final class Line {

    final LineFeatures features;
    LineLabel label;
    String rule;
    /** What the line rule that labelled it recognised it as. */
    LineRole role = LineRole.NONE;
    /** Set by {@link MainRegionRule} alone, after every label is final. */
    boolean kept;
    private String lower;
    private Cues cues;

    Line(LineFeatures features) {
        this.features = features;
    }

    String text() {
        return features.text();
    }

    /** The line in lower case, computed once for the phrase rules. */
    String lower() {
        if (lower == null) {
            lower = features.text().toLowerCase(java.util.Locale.ROOT);
        }
        return lower;
    }

    /** The line's appeals and prompts, found once for the rules that ask. */
    Cues cues(Vocabulary vocabulary) {
        if (cues == null) {
            cues = Cues.of(features.text(), vocabulary);
        }
        return cues;
    }

    int words() {
        return features.words();
    }

    /** The verdict of the line rule that labels the line from its own features. */
    void classified(LineLabel newLabel, LineRule byRule) {
        label(newLabel, byRule.name());
        role = byRule.role();
    }

    void label(LineLabel newLabel, String byRule) {
        label = newLabel;
        rule = byRule;
    }
}
