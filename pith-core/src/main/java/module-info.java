/**
 * Pith's library: web pages and plain-text captures in, clean articles with metadata out, and
 * near-duplicate clustering of their texts.
 *
 * <p>Start with {@link dev.pith.Pith}. The exported packages are the API: {@code dev.pith} (the
 * facade, options and explanations), {@code dev.pith.model} (the article records),
 * {@code dev.pith.render} (output formats), {@code dev.pith.dedup} (near-duplicate detection)
 * and {@code dev.pith.clean} (plain-text cleaning). Every other package holds the stages of
 * the pipeline and may change in any release.
 */
module dev.pith.core {
    requires org.jsoup;
    requires com.github.albfernandez.juniversalchardet;
    requires com.fasterxml.jackson.databind;
    requires static org.apache.opennlp.tools; // only ModelPacker, run at build time

    exports dev.pith;
    exports dev.pith.model;
    exports dev.pith.render;
    exports dev.pith.dedup;
    exports dev.pith.clean;
}
