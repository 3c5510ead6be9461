package dev.pith.meta;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text a page's source already holds decoded as Latin-1 ("itertools â, U+0080, U+0094
 * Functions" for "itertools — Functions"): a template that wrote its title through the
 * wrong charset once. The C1 control characters (U+0080 to U+009F) such text carries never stand
 * in real text, so they tell it apart; the repair is kept only when the bytes decode as UTF-8.
 */
final class Mojibake {

    private static final char FIRST_C1 = '\u0080';
    private static final char LAST_C1 = '\u009f';
    private static final char LAST_LATIN1 = '\u00ff';

    private Mojibake() {
    }

    /** The text with its Latin-1-decoded UTF-8 repaired, or as it is when it holds none or the repair fails. */
    static String repaired(String text) {
        if (text == null || !hasC1(text)) {
            return text;
        }
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > LAST_LATIN1) {
                // a character Latin-1 cannot hold: the text was not decoded that way
                return text;
            }
            bytes[i] = (byte) c;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return text;
        }
    }

    private static boolean hasC1(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_C1 && c <= LAST_C1) {
                return true;
            }
        }
        return false;
    }
}
