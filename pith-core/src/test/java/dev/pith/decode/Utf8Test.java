package dev.pith.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class Utf8Test {

    /** The verdict of the JDK's strict UTF-8 decoder, which the validator must give. */
    private static boolean jdkValid(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Property(tries = 3000)
    void randomBytesGetTheDecodersVerdict(@ForAll byte[] bytes) {
        assertThat(Utf8.isValid(bytes)).as(Arrays.toString(bytes)).isEqualTo(jdkValid(bytes));
    }

    @Property(tries = 10000)
    void nearlyValidBytesGetTheDecodersVerdict(@ForAll("nearlyValid") byte[] bytes) {
        assertThat(Utf8.isValid(bytes)).as(Arrays.toString(bytes)).isEqualTo(jdkValid(bytes));
    }

    @Test
    void everyArrayOfUpToTwoBytesGetsTheDecodersVerdict() {
        for (int a = 0; a < 256; a++) {
            byte[] one = {(byte) a};
            assertThat(Utf8.isValid(one)).as("%x", a).isEqualTo(jdkValid(one));
            for (int b = 0; b < 256; b++) {
                byte[] two = {(byte) a, (byte) b};
                assertThat(Utf8.isValid(two)).as("%x %x", a, b).isEqualTo(jdkValid(two));
            }
        }
    }

    @Test
    void everyLeadAndSecondByteGetsTheDecodersVerdictWholeAndCut() {
        for (int lead = 0xC0; lead < 256; lead++) {
            for (int second = 0; second < 256; second++) {
                for (int last : new int[] {0x41, 0x7F, 0x80, 0xBF, 0xC0}) {
                    for (int ascii = 0; ascii <= 9; ascii++) {
                        byte[] whole = new byte[ascii + 4];
                        Arrays.fill(whole, (byte) 'a');
                        whole[ascii] = (byte) lead;
                        whole[ascii + 1] = (byte) second;
                        whole[ascii + 2] = (byte) last;
                        whole[ascii + 3] = (byte) last;
                        for (int cut = ascii + 1; cut <= whole.length; cut++) {
                            byte[] b = Arrays.copyOf(whole, cut);
                            assertThat(Utf8.isValid(b)).as(Arrays.toString(b)).isEqualTo(jdkValid(b));
                        }
                    }
                }
            }
        }
    }

    @Test
    void knownCases() {
        assertThat(Utf8.isValid(new byte[0])).isTrue();
        assertThat(Utf8.isValid("plain ASCII, longer than a word".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(Utf8.isValid("Straße – „€“ 𝄞 \u10FFFF".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(Utf8.isValid(bytes(0xC0, 0xAF))).as("overlong /").isFalse();
        assertThat(Utf8.isValid(bytes(0xE0, 0x80, 0xAF))).as("overlong /").isFalse();
        assertThat(Utf8.isValid(bytes(0xED, 0xA0, 0x80))).as("surrogate").isFalse();
        assertThat(Utf8.isValid(bytes(0xF4, 0x90, 0x80, 0x80))).as("above U+10FFFF").isFalse();
        assertThat(Utf8.isValid(bytes(0x61, 0xE2, 0x82))).as("cut at the end").isFalse();
        assertThat(Utf8.isValid(bytes(0xEF, 0xBF, 0xBE))).as("noncharacter U+FFFE").isTrue();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /**
     * Valid UTF-8 pieces (ASCII runs across word boundaries, characters of every length) mixed
     * with the bytes at the edges of the well-formed ranges, and sometimes cut at the end.
     */
    @Provide
    Arbitrary<byte[]> nearlyValid() {
        Arbitrary<byte[]> ascii = Arbitraries.integers().between(0, 20).map(n -> "x".repeat(n).getBytes(StandardCharsets.US_ASCII));
        Arbitrary<byte[]> character = Arbitraries.integers().between(0x80, 0x10FFFF)
                .filter(cp -> cp < 0xD800 || cp > 0xDFFF)
                .map(cp -> new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> edge = Arbitraries.of(0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF)
                .map(b -> new byte[] {(byte) b.intValue()});
        Arbitrary<byte[]> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, ascii), net.jqwik.api.Tuple.of(4, character), net.jqwik.api.Tuple.of(1, edge));
        return piece.list().ofMaxSize(12).flatMap(pieces -> Arbitraries.integers().between(0, 3)
                .map(cut -> cutEnd(concat(pieces), cut)));
    }

    private static byte[] concat(List<byte[]> pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pieces.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static byte[] cutEnd(byte[] bytes, int cut) {
        return Arrays.copyOf(bytes, Math.max(0, bytes.length - cut));
    }
}
