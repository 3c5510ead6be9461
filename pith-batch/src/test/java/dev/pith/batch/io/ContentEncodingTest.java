package dev.pith.batch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ContentEncodingTest {

    private static byte[] gzip(byte[] b) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] b, boolean raw) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            z.write(b);
        }
        return out.toByteArray();
    }

    @Property(tries = 50)
    void gzipAndBothDeflatesRoundTrip(@ForAll byte[] body) throws Exception {
        assertThat(ContentEncoding.decode(gzip(body), "gzip", 1 << 20)).isEqualTo(body);
        assertThat(ContentEncoding.decode(deflate(body, false), "deflate", 1 << 20)).isEqualTo(body);
        assertThat(ContentEncoding.decode(deflate(body, true), " Deflate ", 1 << 20)).isEqualTo(body);
        assertThat(ContentEncoding.decode(body, null, 1 << 20)).isSameAs(body);
    }

    @Test
    void aCompressionBombIsRefusedAtTheCap() throws Exception {
        byte[] bomb = gzip(new byte[5 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(10_000);
        assertThatThrownBy(() -> ContentEncoding.decode(bomb, "gzip", 1024 * 1024))
                .isInstanceOf(InputError.class).hasMessage("document larger than 1 MB");
    }

    @Test
    void brokenOrUnknownEncodingsAreErrors() {
        byte[] text = "<html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ContentEncoding.decode(text, "gzip", 1024)).isInstanceOf(java.io.IOException.class);
        assertThatThrownBy(() -> ContentEncoding.decode(text, "br", 1024)).hasMessage("unsupported content encoding: br");
    }
}
