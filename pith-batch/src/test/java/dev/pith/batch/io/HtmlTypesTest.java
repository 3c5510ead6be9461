package dev.pith.batch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlTypesTest {

    @Test
    void htmlTypesAreRecognisedWithParametersAndCase() {
        assertThat(HtmlTypes.isHtml("Text/HTML; charset=ISO-8859-1")).isTrue();
        assertThat(HtmlTypes.isHtml("application/xhtml+xml")).isTrue();
        assertThat(HtmlTypes.isHtml("text/plain")).isFalse();
        assertThat(HtmlTypes.isHtml("")).isFalse();
    }

    @Test
    void unlabelledBodiesAreSniffed() {
        assertThat(HtmlTypes.looksLikeHtml("\uFEFF  <!DOCTYPE html><p>x".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(HtmlTypes.looksLikeHtml("<html><body>".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(HtmlTypes.looksLikeHtml("%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(HtmlTypes.looksLikeHtml(new byte[0])).isFalse();
    }
}
