package dev.pith.langid;

import java.util.function.IntFunction;

/**
 * The language of a text, and whether a page's declared language holds up against its text.
 *
 * <p>Scripts that belong to one language answer first (Hangul is Korean; Han with kana is
 * Japanese, Han without is Chinese); everything else goes to {@link NgramModel}. A declaration
 * is overruled only when the text clearly says otherwise: enough letters, a confident answer that
 * is not one of the declared language's near twins (see {@code kin.txt}), and next to no
 * probability left for the declared language itself, because templates copied between sites keep a wrong {@code <html lang>} far more often than a
 * short or mixed text fools the model.
 *
 * <p>Stateless and thread-safe.
 */
public final class LanguageIdentifier {

    /** Fewer letters than this say too little to name a language. */
    static final int MIN_LETTERS_TO_GUESS = 12;
    /**
     * An undeclared text's best language needs at least this probability, twice a blind pick
     * among the model's hundred languages: a few words of a title often match none.
     */
    static final double MIN_GUESS_CONFIDENCE = 0.02;
    /**
     * Another language whose probability times this reaches the best one's is tied with it:
     * the model's answer on a few words is then a toss-up (ten percent apart, as clear short
     * texts are not: "Guten Tag, wie geht es Ihnen heute" has German at twice the next).
     */
    static final double NEAR_TIE = 1.1;
    /** Fewer letters than this never overrule a declaration. */
    static final int MIN_LETTERS_TO_CONTRADICT = 150;
    /** The model's probability for its answer must reach this to overrule a declaration. */
    static final double CONTRADICTION_CONFIDENCE = 0.6;
    /** ... and the declared language must keep less than this. */
    static final double DECLARED_DOUBT = 0.02;
    /** A script of one language decides when it holds at least this share of the letters. */
    static final double SCRIPT_SHARE = 0.5;
    /** Han text is Japanese when kana make at least this share of its Han and kana. */
    static final double KANA_SHARE = 0.05;

    private LanguageIdentifier() {
    }

    /** The language of a text (ISO 639-1 where one exists), or {@code ""} when it has too few letters. */
    public static String identify(CharSequence text) {
        return reconcile("", text);
    }

    /**
     * The language to report for a page: the declared tag, kept as given, unless the text
     * clearly contradicts it or the declaration is not a language code; then the text's language.
     *
     * @param declared the page's declared language tag ({@code de}, {@code pt-BR}) or {@code ""}
     * @param texts    the page's text, main content first; read until the sample is full
     */
    public static String reconcile(String declared, CharSequence... texts) {
        TextSample sample = new TextSample();
        for (CharSequence text : texts) {
            if (!sample.add(text)) {
                break;
            }
        }
        return reconcile(declared, sample);
    }

    static String reconcile(String declared, TextSample sample) {
        String primary = LanguageCodes.primary(declared);
        if (sample.letters() < (primary.isEmpty() ? MIN_LETTERS_TO_GUESS : MIN_LETTERS_TO_CONTRADICT)) {
            return declared;
        }
        String byScript = byScript(sample);
        if (!byScript.isEmpty()) {
            return primary.isEmpty() || !LanguageCodes.sameOrKin(primary, byScript) ? byScript : declared;
        }
        if (!primary.isEmpty() && sample.letters() > TextSample.QUICK_LETTERS && confirms(primary, sample)) {
            return declared;
        }
        double[] p = NgramModel.probabilities(sample.text());
        int best = PackedModel.argMax(p);
        String guess = NgramModel.code(best);
        if (primary.isEmpty()) {
            return p[best] >= MIN_GUESS_CONFIDENCE ? breakTie(p, best, NgramModel::code) : declared;
        }
        return contradicts(primary, p, best) ? guess : declared;
    }

    /**
     * The guess for an undeclared text: the best language, unless others come within
     * {@link #NEAR_TIE} of it, as they do on a few words ("hello there this is a test page"
     * scores Latin and English alike). Then the tied language most used on the web wins
     * ({@code common.txt}), and a tie among none of those names no language: a coin toss
     * between two rare languages is no answer.
     */
    static String breakTie(double[] p, int best, IntFunction<String> code) {
        String chosen = "";
        int rank = Integer.MAX_VALUE;
        int tied = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] * NEAR_TIE >= p[best]) {
                tied++;
                int r = LanguageCodes.webRank(code.apply(i));
                if (r < rank) {
                    rank = r;
                    chosen = code.apply(i);
                }
            }
        }
        return tied == 1 ? code.apply(best) : chosen;
    }

    /**
     * True when the start of the sample already reads as the declared language (or a twin): a
     * page whose opening is in its declared language is not one whose declaration is clearly
     * wrong, and most pages are spared more than half of the model's cost.
     */
    private static boolean confirms(String primary, TextSample sample) {
        return LanguageCodes.sameOrKin(primary, NgramModel.code(NgramModel.likeliest(sample.quickText())));
    }

    private static boolean contradicts(String primary, double[] p, int best) {
        if (p[best] < CONTRADICTION_CONFIDENCE || LanguageCodes.sameOrKin(primary, NgramModel.code(best))) {
            return false;
        }
        double declared = 0;
        for (int i = 0; i < p.length; i++) {
            if (primary.equals(NgramModel.code(i))) {
                declared += p[i];
            }
        }
        return declared < DECLARED_DOUBT;
    }

    /** The language a single-language script names, or {@code ""}. */
    private static String byScript(TextSample sample) {
        if (sample.hangul() >= sample.letters() * SCRIPT_SHARE) {
            return "ko";
        }
        int cjk = sample.han() + sample.kana();
        if (cjk < sample.letters() * SCRIPT_SHARE) {
            return "";
        }
        return sample.kana() >= cjk * KANA_SHARE ? "ja" : "zh";
    }
}
