package dev.pith.spark.dedup;

import java.io.Serializable;

/**
 * One record after sketching.
 *
 * @param info     what the later stages keep of it
 * @param shingles its sorted shingle set (empty when it is not comparable)
 * @param bandKeys its LSH band keys, signature bands then lead bands (empty when not comparable)
 */
public record Sketched(DocInfo info, int[] shingles, int[] bandKeys) implements Serializable {
}
