package dev.pith.clean;

/**
 * A short sentence right against the article's run: its one-line closing remark ("Ich hoffe
 * euch gefällt der Relaunch.", "Sobald weitere Informationen vorliegen, werden wir sie hier
 * veröffentlichen.") or an opening one ("Ihr kennt es sicher auch!"). The maximum-sum run
 * ({@link MainRegionRule}) ends at its last paragraph and a short line costs it a point, so such a
 * line is left out although it is written as a sentence. Menu items, buttons, headings and
 * teaser headlines seldom end in a full stop; questions are as often a box's heading ("Was
 * passiert mit meinen Daten?"), and a line opening with a symbol ("*Werbung. …") is a note.
 * Only the one line next to the run qualifies: a run of short sentences beyond it is a box.
 */
final class EdgeSentence {

    /** A sentence has at least this many words; "Mehr erfahren." and "Jetzt kaufen!" have fewer. */
    static final int MIN_WORDS = 5;
    /** Share of function words of a sentence in any language; name and keyword lines have fewer. */
    static final double MIN_STOP_SHARE = 0.2;
    /** The marks that end a statement (questions and colons announce a box). */
    private static final String SENTENCE_ENDS = ".!";

    /** The rule's name in explanations. */
    static final String NAME = "edge-sentence";

    private EdgeSentence() {
    }

    /** True when a short line reads as a sentence of the article's own. */
    static boolean holds(Line line) {
        LineFeatures f = line.features;
        return line.label == LineLabel.SHORT && f.words() >= MIN_WORDS && f.terminal()
                && SENTENCE_ENDS.indexOf(ProseRule.lastVisible(f.text())) >= 0
                && Character.isLetter(f.text().codePointAt(0))
                && f.bestStopDensity() >= MIN_STOP_SHARE;
    }
}
