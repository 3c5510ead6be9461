package dev.pith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PithDecodeTextTest {

    private static final String FRENCH = "L’été à Besançon : « c’est l’œuvre d’une génération », a déclaré le maître d’œuvre.";

    @Test
    void utf8TextIsReadAsUtf8() {
        assertThat(Pith.decodeText(FRENCH.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(FRENCH);
    }

    @Test
    void westernLegacyTextIsDetected() {
        assertThat(Pith.decodeText(FRENCH.getBytes(Charset.forName("windows-1252")), "")).isEqualTo(FRENCH);
    }

    @Test
    void aByteOrderMarkIsDropped() {
        byte[] body = FRENCH.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(Pith.decodeText(bytes, null)).isEqualTo(FRENCH);
    }

    @Test
    void nullBytesAreRefused() {
        assertThatThrownBy(() -> Pith.decodeText(null, null)).isInstanceOf(NullPointerException.class);
    }
}
