package dev.pith.batch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are read whole and gzipped ones inflated, whatever their gzip trailer claims. */
class FileInputsTest {

    @TempDir
    Path dir;

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] page(int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < length; i++) {
            sb.append("<p>paragraph ").append(i).append("</p>\n");
        }
        return sb.substring(0, length).getBytes(StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void plainAndGzippedFilesGiveTheirBytes() throws IOException {
        byte[] html = page(100_000);

        assertThat(FileInputs.read(write("a.html", html))).isEqualTo(html);
        assertThat(FileInputs.read(write("a.html.gz", gzip(html)))).isEqualTo(html);
        assertThat(FileInputs.read(write("empty.html.gz", gzip(new byte[0])))).isEmpty();
    }

    // Concatenated gzip members (as `cat a.gz b.gz` makes): the trailer gives the last member's size only.
    @Test
    void gzipMembersAreAllInflated() throws IOException {
        byte[] first = page(50_000);
        byte[] second = page(3_000);
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.write(gzip(first));
        both.write(gzip(second));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.write(first);
        expected.write(second);

        assertThat(FileInputs.read(write("two.html.gz", both.toByteArray()))).isEqualTo(expected.toByteArray());
    }

    // A trailer whose size does not match is a corrupt file, as gzip says; a huge claim reserves no memory.
    @Test
    void aTrailerThatMisstatesTheSizeIsACorruptFile() throws IOException {
        byte[] html = page(20_000);
        byte[] gz = gzip(html);
        gz[gz.length - 1] = 0x7f; // claims about 2 GB

        assertThatThrownBy(() -> FileInputs.read(write("lie.html.gz", gz))).isInstanceOf(IOException.class);
        byte[] small = gzip(html);
        small[small.length - 4] = 1; // claims a page of a few bytes; the CRC still holds
        small[small.length - 3] = 0;
        small[small.length - 2] = 0;
        small[small.length - 1] = 0;
        assertThatThrownBy(() -> FileInputs.read(write("short.html.gz", small))).isInstanceOf(IOException.class);
    }

    @Test
    void pagesLargerThanTheLimitAreRefused() throws IOException {
        byte[] html = page(10_000);

        assertThatThrownBy(() -> FileInputs.read(write("big.html.gz", gzip(html)), 9_999))
                .isInstanceOf(InputError.class).hasMessageContaining("larger than");
        assertThatThrownBy(() -> FileInputs.read(write("big.html", html), 9_999))
                .isInstanceOf(InputError.class).hasMessageContaining("larger than");
        assertThat(FileInputs.read(write("fits.html.gz", gzip(html)), 10_000)).isEqualTo(html);
    }
}
