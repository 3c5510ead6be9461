package dev.pith.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinHashTest {

    @Test
    void signatureAgreementEstimatesJaccard() {
        SplittableRandom rnd = new SplittableRandom(7);
        MinHasher mh = new MinHasher(128);
        double totalError = 0;
        int trials = 40;
        for (int t = 0; t < trials; t++) {
            int shared = 50 + rnd.nextInt(400);
            int own = rnd.nextInt(400);
            long[] a = new long[shared + own];
            long[] b = new long[shared + own];
            for (int i = 0; i < shared; i++) {
                a[i] = b[i] = rnd.nextLong();
            }
            for (int i = shared; i < a.length; i++) {
                a[i] = rnd.nextLong();
                b[i] = rnd.nextLong();
            }
            double truth = shared / (double) (shared + 2 * own);
            int[] sa = mh.signature(a);
            int[] sb = mh.signature(b);
            int agree = 0;
            for (int i = 0; i < sa.length; i++) {
                agree += sa[i] == sb[i] ? 1 : 0;
            }
            totalError += Math.abs(agree / 128.0 - truth);
        }
        // the standard error of a 128-value estimate is at most 0.044
        assertThat(totalError / trials).isLessThan(0.05);
    }

    @Test
    void shortDocumentsAreDensifiedIdentically() {
        long[] few = {1, 2, 3};
        int[] s1 = new MinHasher(64).signature(few);
        int[] s2 = new MinHasher(64).signature(new long[]{3, 2, 1, 1});
        assertThat(s1).containsExactly(s2);
    }

    @Test
    void lshLayoutFollowsTheDocumentedFormula() {
        LshParams p = LshParams.forThreshold(0.3);
        assertThat(p).isEqualTo(new LshParams(31, 2));
        assertThat(p.candidateProbability(0.4)).isGreaterThanOrEqualTo(LshParams.TARGET_RECALL);
        for (double t = 0.1; t < 0.9; t += 0.05) {
            LshParams q = LshParams.forThreshold(t);
            assertThat(q.hashes()).isLessThanOrEqualTo(LshParams.MAX_HASHES);
            assertThat(q.candidateProbability(Math.min(0.99, t + 0.1))).isGreaterThanOrEqualTo(LshParams.TARGET_RECALL);
        }
        assertThatThrownBy(() -> LshParams.forThreshold(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LshParams(0, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void setSimilarity() {
        SetSimilarity s = SetSimilarity.of(new int[]{1, 2, 3, 4}, new int[]{3, 4, 5});
        assertThat(s.jaccard()).isEqualTo(0.4);
        assertThat(s.containment()).isEqualTo(2 / 3.0);
        assertThat(SetSimilarity.of(new int[0], new int[0]).jaccard()).isZero();
        assertThat(Shingler.set(new int[]{5, 1, 5, 3})).containsExactly(1, 3, 5);
    }

    @Test
    void shortTextIsOneShingle() {
        Shingler sh = new Shingler(5);
        assertThat(sh.shingles(new long[]{42})).hasSize(1);
        assertThat(sh.shingles(new long[0])).isEmpty();
        assertThat(sh.shingles(new long[]{1, 2, 3, 4, 5, 6})).hasSize(2);
    }
}
