package dev.pith.cli.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import org.netpreserve.jwarc.WarcReader;

/**
 * Finds where reading can resume after a broken record: the next offset that starts a WARC
 * record jwarc can parse. In a {@code .warc.gz} a record starts a gzip member (magic bytes
 * 1f 8b 08); in a plain {@code .warc} it starts with {@code WARC/1.}. A candidate is only
 * accepted when a record really parses there, since the magic bytes can occur by chance
 * inside compressed data.
 */
final class WarcResync {

    private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final int SCAN_BUFFER = 64 * 1024;

    private final FileChannel channel;
    private final byte[] magic;

    WarcResync(FileChannel channel) throws IOException {
        this.channel = channel;
        this.magic = startsWith(channel, GZIP_MAGIC) ? GZIP_MAGIC : WARC_MAGIC;
    }

    /** The first offset at or after {@code from} where a record parses; -1 when there is none. */
    long nextRecordStart(long from) throws IOException {
        long at = from;
        while (true) {
            long candidate = find(at);
            if (candidate < 0) {
                return -1;
            }
            if (parses(candidate)) {
                return candidate;
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

    /** The offset of the next magic at or after {@code from}, -1 at the end of the file. */
    private long find(long from) throws IOException {
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
                if (matches(a, i)) {
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

    private boolean matches(byte[] a, int i) {
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
