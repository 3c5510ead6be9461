package dev.pith.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlDecoderTest {

    private static final Charset LATIN = Charset.forName("windows-1252");

    @Test
    void emptyBytesGiveEmptyText() {
        assertThat(HtmlDecoder.decode(new byte[0]).html()).isEmpty();
    }

    @Test
    void byteOrderMarkWinsOverEverything() {
        byte[] body = "<meta charset=iso-8859-1><p>café</p>".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        DecodedHtml d = HtmlDecoder.decode(bytes, "text/html; charset=windows-1251");
        assertThat(d.source()).isEqualTo(DecodedHtml.CharsetSource.BOM);
        assertThat(d.html()).contains("café").doesNotStartWith("\uFEFF");
    }

    @Test
    void httpCharsetIsUsedForNonUtf8Bytes() {
        byte[] bytes = "<p>Привет</p>".getBytes(Charset.forName("windows-1251"));
        DecodedHtml d = HtmlDecoder.decode(bytes, "text/html; charset=windows-1251");
        assertThat(d.html()).contains("Привет");
        assertThat(d.source()).isEqualTo(DecodedHtml.CharsetSource.HTTP_HEADER);
    }

    @Test
    void metaCharsetIsRead() {
        byte[] bytes = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>naïve</p>"
                .getBytes(LATIN);
        DecodedHtml d = HtmlDecoder.decode(bytes);
        assertThat(d.html()).contains("naïve");
        assertThat(d.source()).isEqualTo(DecodedHtml.CharsetSource.META_TAG);
    }

    @Test
    void utf8BytesUnderALatinLabelAreReadAsUtf8() {
        byte[] bytes = "<meta charset=iso-8859-1><p>Zürich – “quoted”</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlDecoder.decode(bytes).html()).contains("Zürich – “quoted”");
    }

    /** Text in each legacy label family, written so that the legacy encoding can hold it. */
    static Stream<Arguments> legacyLabels() {
        return Stream.of(
                Arguments.of("gb2312", "腾讯新闻：全国经济运行总体平稳，就业形势稳定。"),
                Arguments.of("gbk", "腾讯新闻：全国经济运行总体平稳，就业形势稳定。"),
                Arguments.of("shift_jis", "昔々、ある所におじいさんとおばあさんが住んでいました。"),
                Arguments.of("euc-jp", "昔々、ある所におじいさんとおばあさんが住んでいました。"),
                Arguments.of("euc-kr", "옛날 옛적에 어느 마을에 할아버지와 할머니가 살고 있었습니다."),
                Arguments.of("big5", "這是一個關於臺灣歷史與文化的故事。"),
                Arguments.of("windows-1252", "Zürich – “quoted” déjà vu"),
                Arguments.of("iso-8859-1", "Zürich, Straße, déjà vu"),
                Arguments.of("koi8-r", "Привет, как дела? Всё хорошо."),
                Arguments.of("windows-1251", "Привет, как дела? Всё хорошо."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legacyLabels")
    void utf8BytesUnderALegacyLabelAreReadAsUtf8(String label, String text) {
        byte[] bytes = ("<meta charset=" + label + "><p>" + text + "</p>").getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlDecoder.decode(bytes).html()).contains(text);
        assertThat(HtmlDecoder.decode(bytes, "text/html; charset=" + label).html()).contains(text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legacyLabels")
    void bytesInTheLabelledLegacyEncodingKeepIt(String label, String text) {
        Charset charset = HtmlDecoder.lookup(label);
        byte[] bytes = ("<meta charset=" + label + "><p>" + text + "</p>").getBytes(charset);
        DecodedHtml d = HtmlDecoder.decode(bytes);
        assertThat(d.charset()).isEqualTo(charset);
        assertThat(d.html()).contains(text);
    }

    @Test
    void undeclaredUtf8IsRecognised() {
        byte[] bytes = "<p>日本語のテキスト</p>".getBytes(StandardCharsets.UTF_8);
        DecodedHtml d = HtmlDecoder.decode(bytes);
        assertThat(d.html()).contains("日本語のテキスト");
        assertThat(d.source()).isEqualTo(DecodedHtml.CharsetSource.UTF8_VALID);
    }

    @Test
    void unknownLabelsFallBackWithoutThrowing() {
        byte[] bytes = "<meta charset=x-klingon><p>plain</p>".getBytes(StandardCharsets.US_ASCII);
        assertThat(HtmlDecoder.decode(bytes, "text/html; charset=\"bogus\"").html()).contains("plain");
    }

    @Test
    void invalidSequencesAreReplaced() {
        byte[] bytes = {'<', 'p', '>', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '<', '/', 'p', '>'};
        assertThat(HtmlDecoder.decode(bytes, "utf-8").html()).startsWith("<p>").contains("\uFFFD");
    }

    @Property(tries = 300)
    void neverThrowsOnArbitraryBytes(@ForAll byte[] bytes) {
        assertThat(HtmlDecoder.decode(bytes)).isNotNull();
    }

    @Property(tries = 200)
    void validUtf8AlwaysRoundTrips(@ForAll String text) {
        String clean = text.replace("\uFEFF", "");
        if (!clean.equals(new String(clean.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))) {
            return; // lone surrogates have no UTF-8 form
        }
        assertThat(HtmlDecoder.decode(clean.getBytes(StandardCharsets.UTF_8)).html()).isEqualTo(clean);
    }

    @Property(tries = 300)
    void readerGivesTheDecodedText(@ForAll byte[] bytes, @ForAll("labels") String label) throws IOException {
        String contentType = label.isEmpty() ? null : label;
        try (Reader reader = HtmlDecoder.reader(bytes, contentType)) {
            StringWriter read = new StringWriter();
            reader.transferTo(read);
            assertThat(read.toString()).isEqualTo(HtmlDecoder.decode(bytes, contentType).html());
        }
    }

    @Property(tries = 300)
    void validUtf8IsTheStrictDecodersVerdict(@ForAll byte[] bytes) {
        boolean strict;
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            strict = true;
        } catch (CharacterCodingException e) {
            strict = false;
        }
        assertThat(HtmlDecoder.isValidUtf8(bytes)).isEqualTo(strict);
    }

    @Test
    void validUtf8IsCheckedAcrossChunks() {
        byte[] bytes = ("x".repeat(8191) + "\u00e9").getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlDecoder.isValidUtf8(bytes)).isTrue();
        bytes[bytes.length - 1] = (byte) 0x28;
        assertThat(HtmlDecoder.isValidUtf8(bytes)).isFalse();
    }

    /** No header, and labels of each kind: UTF-8, single-byte, multi-byte, unknown. */
    @Provide
    Arbitrary<String> labels() {
        return Arbitraries.of("", "utf-8", "iso-8859-1", "text/html; charset=shift_jis", "x-unknown");
    }

    @Test
    void utf8CutInsideItsLastCharacterStaysUtf8() {
        byte[] whole = "<p>Gestern wurde in München über die Straßenbahn gesprochen – „zu teuer“</p>".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 6); // inside the closing quote
        assertThat(HtmlDecoder.decode(cut).html()).contains("München über die Straßenbahn gesprochen – „zu teuer");
    }

    @Test
    void aStrayByteInALongUtf8TextDoesNotMakeItWindows1252() {
        String text = "<p>" + "Ça été très réussi, à côté de l’hôtel. ".repeat(20) + "</p>";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, bytes, 0, 40);
        bytes[40] = (byte) 0xFF;
        System.arraycopy(utf8, 40, bytes, 41, utf8.length - 40);
        assertThat(HtmlDecoder.decode(bytes).html()).contains("à côté de l’hôtel").doesNotContain("Ã");
    }

    @Test
    void legacyTextWithAnAccidentalUtf8PairStaysLegacy() {
        // "Ã©" in windows-1252 is the bytes of UTF-8 "é": one such pair among many accents
        String text = "<p>Le café Ã© de la rue, élégant, près de l’église, où l’on prépare un thé épicé.</p>";
        byte[] bytes = text.getBytes(LATIN);
        assertThat(HtmlDecoder.decode(bytes).html()).contains("élégant, près de l’église");
    }
}
