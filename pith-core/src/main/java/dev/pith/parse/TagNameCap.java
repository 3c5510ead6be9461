package dev.pith.parse;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The parser's input with runaway tag names cut short. A tag name runs from a {@code <} and a
 * letter to the next space, {@code /} or {@code >}, so a tag soup such as
 * {@code <div<span<div<span...} is one name, megabytes long; jsoup copies and lower-cases the
 * whole name again each time its 2 KB input buffer refills, so such a name costs the square of
 * its length (a 1.8 MB one half a second to a second). Real names are a few dozen characters.
 * Cut, the soup is one unknown element with a long name, in the same place of the same tree.
 *
 * <p>Reading every character would cost a few per cent of an extraction, so the input is sampled:
 * every {@link #SAMPLE}th character. Where {@link #QUIET_SAMPLES} samples in a row (16 KB) are
 * none of the characters that end a name (tab, line feed, form feed, carriage return, space,
 * {@code /}, {@code >}), every character is read up to the next such end, and a name that a
 * {@code <} and a letter open there is cut after {@link #MAX_NAME} characters. Real names never
 * come near; a run that long with no space, slash or bracket is as rare in a script or an
 * attribute, where jsoup would keep it whole. One long name of letters alone, opened before the
 * samples went quiet, is not cut (the time budget still bounds it). Samples fall on the same
 * characters however the input is split into reads, so the cut does too.
 */
final class TagNameCap extends FilterReader {

    /** One character in this many is sampled (a power of two). */
    static final int SAMPLE = 256;
    /** Samples in a row that end no name before every character is read. */
    static final int QUIET_SAMPLES = 64;
    /** Characters of a name kept; the longest custom element names are a few dozen. */
    static final int MAX_NAME = 16_384;
    /** The characters that end a tag name (jsoup's and the HTML standard's): tab, LF, FF, CR, space, / and >. */
    private static final long NAME_ENDS = 1L << '\t' | 1L << '\n' | 1L << '\f' | 1L << '\r' | 1L << ' ' | 1L << '/' | 1L << '>';
    /** The characters that end a name, and the one that may open one. */
    private static final long ENDS_OR_OPENS = NAME_ENDS | 1L << '<';

    /** Position in the input (counting what was cut) of the next character to be read. */
    private long base;
    /** Samples in a row that ended no name. */
    private int quiet;
    /** Whether every character is being read, up to the next name end. */
    private boolean following;
    /** While following: characters of the name a {@code <} and a letter opened, or 0. */
    private int nameLength;
    /** While following: whether the last character was a {@code <} outside a name. */
    private boolean afterOpen;
    /** Whether the rest of a name is being left out, up to its end. */
    private boolean cutting;

    TagNameCap(Reader in) {
        super(in);
    }

    static boolean endsName(char c) {
        return c < Long.SIZE && (NAME_ENDS >>> c & 1) != 0;
    }

    private static boolean endsOrOpens(char c) {
        return c < Long.SIZE && (ENDS_OR_OPENS >>> c & 1) != 0;
    }

    /**
     * {@link #endsName} without a branch (-1 or 0), for the samples: whether one ends a name is
     * a coin toss that a branch would mispredict half the time. {@code c - '?'} is negative for
     * the characters below {@code ?}, the only ones the mask's shift reads right.
     */
    private static int endMask(char c) {
        return -((int) (NAME_ENDS >>> c) & 1 & (c - '?') >>> 31);
    }

    private static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int kept;
        do {
            int read = in.read(buffer, offset, length);
            if (read <= 0) {
                return read;
            }
            kept = keep(buffer, offset, offset + read) - offset;
        } while (kept == 0);
        return kept;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        throw new IOException("mark is not supported");
    }

    @Override
    public void reset() throws IOException {
        throw new IOException("reset is not supported");
    }

    /** Passes {@code buffer[from, end)} through the cap, closing up what it leaves out; the new end. */
    private int keep(char[] buffer, int from, int end) {
        long origin = base - from;
        int at = from;
        while (at < end) {
            if (cutting) {
                int stop = at;
                while (stop < end && !endsName(buffer[stop])) {
                    stop++;
                }
                cutting = stop == end;
                System.arraycopy(buffer, stop, buffer, at, end - stop);
                end -= stop - at;
                origin += stop - at;
            } else if (following) {
                at = follow(buffer, at, end);
            } else {
                at = sample(buffer, at + (int) (-(origin + at) & (SAMPLE - 1)), end);
            }
        }
        base = origin + end;
        return end;
    }

    /** Counts the samples from {@code at} on; where every character starts being read, or past {@code end}. */
    private int sample(char[] buffer, int at, int end) {
        int run = quiet;
        for (; at < end; at += SAMPLE) {
            run = (run + 1) & ~endMask(buffer[at]);
            if (run == QUIET_SAMPLES) {
                quiet = 0;
                following = true;
                nameLength = 0;
                afterOpen = false;
                return at;
            }
        }
        quiet = run;
        return at;
    }

    /** Reads every character from {@code at}: where the run ends, where a cut starts, or {@code end}. */
    private int follow(char[] buffer, int at, int end) {
        while (at < end) {
            if (nameLength > 0) {
                int stop = at;
                int limit = Math.min(end, at + MAX_NAME - nameLength);
                while (stop < limit && !endsName(buffer[stop])) {
                    stop++;
                }
                nameLength += stop - at;
                at = stop;
                if (at < end) {
                    following = false;
                    cutting = !endsName(buffer[at]);
                    return at;
                }
            } else if (afterOpen) {
                afterOpen = false;
                if (isAsciiLetter(buffer[at])) {
                    nameLength = 1;
                    at++;
                }
            } else {
                while (at < end && !endsOrOpens(buffer[at])) {
                    at++;
                }
                if (at < end) {
                    if (endsName(buffer[at])) {
                        following = false;
                        return at;
                    }
                    afterOpen = true;
                    at++;
                }
            }
        }
        return end;
    }
}
