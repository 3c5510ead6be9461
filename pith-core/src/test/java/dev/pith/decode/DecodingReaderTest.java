package dev.pith.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The decoding reader gives the text an InputStreamReader gives, whatever the read sizes and stretch boundaries. */
class DecodingReaderTest {

    private static CharsetDecoder lenient(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    private static String readAll(Reader reader, int readSize) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[readSize + 3];
        for (int n = reader.read(buffer, 1, readSize); n >= 0; n = reader.read(buffer, 1, readSize)) {
            assertThat(n).as("a read of %d chars", readSize).isPositive();
            text.append(buffer, 1, n);
        }
        return text.toString();
    }

    private static void assertReadsAsInputStreamReader(byte[] bytes, Charset charset) throws IOException {
        String expected = readAll(new InputStreamReader(new ByteArrayInputStream(bytes), lenient(charset)), 8192);
        for (int readSize : List.of(1, 2, 3, 7, 255, 4096, 32768)) {
            assertThat(readAll(new DecodingReader(bytes, 0, lenient(charset)), readSize))
                    .as("%s read %d at a time", charset, readSize).isEqualTo(expected);
        }
    }

    @Test
    void readsUtf8AcrossStretchesAsAnInputStreamReaderDoes() throws IOException {
        // multi-byte characters and surrogate pairs at every offset around the stretch boundaries
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < DecodingReader.DECODE_CHUNK * 6; i++) {
            text.append(i % 7 == 0 ? "é" : i % 11 == 0 ? "€" : i % 13 == 0 ? "\uD83D\uDE00" : "a");
        }
        assertReadsAsInputStreamReader(text.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    @Test
    void replacesBadBytesAsAnInputStreamReaderDoes() throws IOException {
        byte[] bytes = new byte[DecodingReader.DECODE_CHUNK * 5 + 3];
        new Random(7).nextBytes(bytes);
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"), Charset.forName("Shift_JIS"),
                Charset.forName("GB18030"), Charset.forName("ISO-2022-JP"), StandardCharsets.UTF_16LE)) {
            assertReadsAsInputStreamReader(bytes, charset);
        }
        // a character cut at the very end
        assertReadsAsInputStreamReader(new byte[] {'a', (byte) 0xE2, (byte) 0x82}, StandardCharsets.UTF_8);
    }

    @Test
    void readsNothingFromNoBytes() throws IOException {
        assertThat(new DecodingReader(new byte[0], 0, lenient(StandardCharsets.UTF_8)).read(new char[4], 0, 4)).isEqualTo(-1);
        assertThat(new DecodingReader(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 3, lenient(StandardCharsets.UTF_8))
                .read(new char[4], 0, 4)).isEqualTo(-1);
        assertThat(new DecodingReader("ab".getBytes(StandardCharsets.UTF_8), 0, lenient(StandardCharsets.UTF_8))
                .read(new char[4], 0, 0)).isZero();
    }
}
