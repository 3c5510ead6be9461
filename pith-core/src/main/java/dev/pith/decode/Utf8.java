package dev.pith.decode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Whether bytes are well-formed UTF-8, read byte by byte without decoding them: the verdict of
 * the JDK's strict UTF-8 decoder (Unicode's table of well-formed byte sequences), so overlong
 * forms, surrogates, code points above U+10FFFF and a sequence cut at the end are all invalid.
 * Decoding a page into chars only to learn this cost half a percent of the time spent on it.
 */
final class Utf8 {

    /** Eight bytes read as one word, to pass over ASCII eight at a time. */
    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The high bit of each byte of a word: zero for eight ASCII bytes. */
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final int WORD_BYTES = Long.BYTES;

    /** Continuation bytes are {@code 10xxxxxx}. */
    private static final int CONTINUATION_MIN = 0x80;
    private static final int CONTINUATION_MAX = 0xBF;
    /** C0 and C1 could only start overlong two-byte forms of ASCII. */
    private static final int TWO_BYTE_LEAD_MIN = 0xC2;
    private static final int THREE_BYTE_LEAD_MIN = 0xE0;
    private static final int FOUR_BYTE_LEAD_MIN = 0xF0;
    /** F4 90 and above would pass U+10FFFF; F5 to FF start nothing. */
    private static final int FOUR_BYTE_LEAD_MAX = 0xF4;
    /** After E0 a second byte below A0 would be an overlong form. */
    private static final int E0_SECOND_MIN = 0xA0;
    /** After ED a second byte above 9F would encode a surrogate (U+D800 to U+DFFF). */
    private static final int SURROGATE_LEAD = 0xED;
    private static final int ED_SECOND_MAX = 0x9F;
    /** After F0 a second byte below 90 would be an overlong form. */
    private static final int F0_SECOND_MIN = 0x90;
    /** After F4 a second byte above 8F would pass U+10FFFF. */
    private static final int F4_SECOND_MAX = 0x8F;

    private Utf8() {
    }

    /** True when all of {@code bytes} is well-formed UTF-8. */
    static boolean isValid(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            if (i + WORD_BYTES <= n && ((long) WORD.get(bytes, i) & HIGH_BITS) == 0) {
                i += WORD_BYTES;
                continue;
            }
            int lead = bytes[i] & 0xFF;
            if (lead < CONTINUATION_MIN) {
                i++;
                continue;
            }
            i = afterSequence(bytes, i, lead);
            if (i < 0) {
                return false;
            }
        }
        return true;
    }

    /** The index after the multi-byte sequence starting at {@code i}, or -1 when it is not well-formed. */
    private static int afterSequence(byte[] bytes, int i, int lead) {
        if (lead < TWO_BYTE_LEAD_MIN || lead > FOUR_BYTE_LEAD_MAX) {
            return -1;
        }
        int length = lead < THREE_BYTE_LEAD_MIN ? 2 : lead < FOUR_BYTE_LEAD_MIN ? 3 : 4;
        if (i + length > bytes.length) {
            return -1;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < secondMin(lead) || second > secondMax(lead)) {
            return -1;
        }
        for (int k = 2; k < length; k++) {
            int b = bytes[i + k] & 0xFF;
            if (b < CONTINUATION_MIN || b > CONTINUATION_MAX) {
                return -1;
            }
        }
        return i + length;
    }

    private static int secondMin(int lead) {
        return lead == THREE_BYTE_LEAD_MIN ? E0_SECOND_MIN : lead == FOUR_BYTE_LEAD_MIN ? F0_SECOND_MIN : CONTINUATION_MIN;
    }

    private static int secondMax(int lead) {
        return lead == SURROGATE_LEAD ? ED_SECOND_MAX : lead == FOUR_BYTE_LEAD_MAX ? F4_SECOND_MAX : CONTINUATION_MAX;
    }
}
