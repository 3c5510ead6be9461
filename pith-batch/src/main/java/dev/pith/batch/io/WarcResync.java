package dev.pith.batch.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.netpreserve.jwarc.WarcReader;

/**
 * Finds where reading can resume after a broken record: the next offset that starts a WARC
 * record jwarc can parse. In a {@code .warc.gz} a record starts a gzip member (magic bytes
 * 1f 8b 08); in a plain {@code .warc} it starts with {@code WARC/1.}. A candidate is accepted
 * only when a record really parses there, since the magic bytes can occur by chance inside
 * compressed data. Candidates that are real record starts but do not parse (a second broken
 * record) are reported with whatever of their header could be salvaged, so each broken record
 * is accounted for.
 */
final class WarcResync {

    private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final int SCAN_BUFFER = 64 * 1024;
    /** Decompressed bytes looked at to salvage a broken record's header. */
    private static final int SALVAGE_BYTES = 16 * 1024;
    private static final int SALVAGE_STEP = 32;
    /** gzip FLG bits (RFC 1952) and the reserved ones a real member never sets. */
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int RESERVED = 0xE0;
    private static final int GZIP_HEADER = 10;

    /** What could be read of a broken record's WARC header; fields are null when unknown. */
    record Broken(long offset, String type, String id, String url) {
    }

    /** Where to go on, and the broken records met on the way there. */
    record Landing(long offset, List<Broken> broken) {
        boolean atEnd() {
            return offset < 0;
        }
    }

    private final FileChannel channel;
    private final boolean gzip;

    WarcResync(FileChannel channel) throws IOException {
        this.channel = channel;
        this.gzip = startsWith(channel, GZIP_MAGIC);
    }

    /** The first offset at or after {@code from} where a record parses ({@code -1}: none). */
    Landing nextRecordStart(long from) throws IOException {
        List<Broken> broken = new ArrayList<>();
        long at = from;
        while (true) {
            long candidate = find(at);
            if (candidate < 0) {
                return new Landing(-1, broken);
            }
            if (parses(candidate)) {
                return new Landing(candidate, broken);
            }
            Broken b = salvage(candidate);
            if (b != null) {
                broken.add(b);
            }
            at = candidate + 1;
        }
    }

    private boolean parses(long offset) {
        try {
            channel.position(offset);
            WarcReader probe = new WarcReader(channel);
            probe.setLenient(true);
            return probe.next().isPresent();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Reads what it can of the record header at {@code offset}; null when no record starts
     * there (a chance match of the magic bytes).
     */
    Broken salvage(long offset) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(SCAN_BUFFER);
            int n = channel.read(buf, offset);
            if (n <= 0) {
                return null;
            }
            byte[] head = java.util.Arrays.copyOf(buf.array(), n);
            String text = gzip ? inflatePrefix(head) : new String(head, StandardCharsets.ISO_8859_1);
            if (text == null || !text.startsWith("WARC/1.")) {
                return null;
            }
            int end = text.indexOf("\r\n\r\n");
            String header = end < 0 ? text : text.substring(0, end);
            return new Broken(offset, field(header, "WARC-Type"), unbracket(field(header, "WARC-Record-ID")),
                    unbracket(field(header, "WARC-Target-URI")));
        } catch (IOException e) {
            return null;
        }
    }

    /** WARC 1.0 writes ids (and some writers URIs) in angle brackets; jwarc drops them too. */
    private static String unbracket(String value) {
        return value != null && value.startsWith("<") && value.endsWith(">")
                ? value.substring(1, value.length() - 1) : value;
    }

    private static String field(String header, String name) {
        for (String line : header.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    /** Inflates the start of a gzip member as far as its data allows; null if no gzip header. */
    private static String inflatePrefix(byte[] member) {
        if (member.length < GZIP_HEADER || member[0] != GZIP_MAGIC[0] || member[1] != GZIP_MAGIC[1]
                || member[2] != GZIP_MAGIC[2] || (member[3] & RESERVED) != 0) {
            return null;
        }
        int flags = member[3];
        int p = GZIP_HEADER;
        if ((flags & FEXTRA) != 0 && p + 2 <= member.length) {
            p += 2 + ((member[p] & 0xff) | (member[p + 1] & 0xff) << 8);
        }
        for (int flag : new int[] {FNAME, FCOMMENT}) {
            if ((flags & flag) != 0) {
                while (p < member.length && member[p] != 0) {
                    p++;
                }
                p++;
            }
        }
        if ((flags & FHCRC) != 0) {
            p += 2;
        }
        if (p >= member.length) {
            return null;
        }
        Inflater inflater = new Inflater(true);
        byte[] out = new byte[SALVAGE_BYTES];
        int n = 0;
        try {
            inflater.setInput(member, p, member.length - p);
            while (n < out.length && !inflater.finished() && !inflater.needsInput()) {
                // small steps: a call that meets corrupt data throws away what it inflated
                int k = inflater.inflate(out, n, Math.min(SALVAGE_STEP, out.length - n));
                if (k == 0 && inflater.needsDictionary()) {
                    break;
                }
                n += k;
            }
        } catch (DataFormatException corrupt) {
            // keep what was inflated before the corruption
        } finally {
            inflater.end();
        }
        return new String(out, 0, n, StandardCharsets.ISO_8859_1);
    }

    /** The offset of the next magic at or after {@code from}, -1 at the end of the file. */
    private long find(long from) throws IOException {
        byte[] magic = gzip ? GZIP_MAGIC : WARC_MAGIC;
        ByteBuffer buf = ByteBuffer.allocate(SCAN_BUFFER);
        long pos = from;
        long size = channel.size();
        while (pos < size) {
            buf.clear();
            int n = channel.read(buf, pos);
            if (n <= 0) {
                return -1;
            }
            byte[] a = buf.array();
            for (int i = 0; i + magic.length <= n; i++) {
                if (matches(a, i, magic)) {
                    return pos + i;
                }
            }
            if (pos + n >= size) {
                return -1;
            }
            pos += n - magic.length + 1;
        }
        return -1;
    }

    private static boolean matches(byte[] a, int i, byte[] magic) {
        for (int k = 0; k < magic.length; k++) {
            if (a[i + k] != magic[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(FileChannel channel, byte[] prefix) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(prefix.length);
        channel.read(head, 0);
        return head.position() == prefix.length && java.util.Arrays.equals(head.array(), prefix);
    }
}
