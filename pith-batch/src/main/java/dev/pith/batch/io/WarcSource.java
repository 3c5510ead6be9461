package dev.pith.batch.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML responses of a WARC file ({@code .warc} or {@code .warc.gz} with one gzip member per
 * record), read lazily with jwarc. Each HTML {@code response} record becomes an input with the
 * WARC-Record-ID as id, the target URI as url, {@code warc_date} as an extra field, the HTTP
 * {@code Content-Type} for the charset and the payload still content-encoded (it is decoded on
 * a worker thread). Other records are counted as skipped by reason. A record that cannot be
 * read (corrupt gzip, cut short, bad headers) becomes a failing input, and reading resumes at
 * the next record that parses ({@link WarcResync}), so one bad record never ends the file.
 */
public final class WarcSource implements Source {

    private final Path file;
    private final long maxBytes;
    private final FileChannel channel;
    private final WarcResync resync;
    private final Map<String, Long> skipped = new LinkedHashMap<>();
    private final Deque<Input> broken = new ArrayDeque<>();
    private WarcReader reader;
    private long lastStart = -1;
    private Input next;
    private boolean done;

    public WarcSource(Path file) throws IOException {
        this(file, FileInputs.MAX_DOCUMENT_BYTES);
    }

    /** A WARC whose records over {@code maxBytes} (before or after content decoding) fail with {@code too-large}. */
    public WarcSource(Path file, long maxBytes) throws IOException {
        this.file = file;
        this.maxBytes = maxBytes;
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.resync = new WarcResync(channel);
        this.reader = open(0);
    }

    /** True for file names jwarc can read as WARC: {@code .warc}, {@code .warc.gz}. */
    public static boolean isWarc(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = advance();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public Input next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Input n = next;
        next = null;
        return n;
    }

    @Override
    public Map<String, Long> skipped() {
        return skipped;
    }

    @Override
    public void close() throws IOException {
        done = true;
        channel.close();
    }

    private WarcReader open(long position) throws IOException {
        channel.position(position);
        try {
            WarcReader r = new WarcReader(channel);
            r.setLenient(true);
            return r;
        } catch (RuntimeException e) {
            throw new IOException(e);
        }
    }

    /** The next input, skipping what is not an HTML response; null at the end of the file. */
    private Input advance() {
        while (true) {
            if (!broken.isEmpty()) {
                return broken.poll();
            }
            if (reader == null) {
                return null;
            }
            WarcRecord record;
            try {
                Optional<WarcRecord> r = reader.next();
                if (r.isEmpty()) {
                    reader = null;
                    continue;
                }
                record = r.get();
                lastStart = reader.position();
            } catch (IOException | RuntimeException e) {
                failed(e);
                continue;
            }
            Input input;
            try {
                input = toInput(record);
            } catch (RuntimeException e) { // a header jwarc cannot interpret (no id, bad date...)
                input = Input.failed("offset:" + lastStart, file + "@" + lastStart, "", ErrorCode.BAD_WARC,
                        "invalid WARC record header: " + describe(e), Map.of());
            }
            if (input != null) {
                return input;
            }
        }
    }

    /**
     * The reader failed: on a new record's header (one broken record, reported with what can be
     * salvaged of its header), or on the rest of the record already handed on or skipped.
     * Either way reading resumes at the next record that parses.
     */
    private void failed(Throwable e) {
        long at = reader.position();
        if (at > lastStart) {
            WarcResync.Broken b = resync.salvage(at);
            reportBroken(b != null ? b : new WarcResync.Broken(at, null, null, null), describe(e));
        }
        resyncAfter(Math.max(at, lastStart));
    }

    private void reportBroken(WarcResync.Broken b, String why) {
        if (b.type() != null && !b.type().equals("response")) {
            skip("unreadable " + b.type() + " record");
            return;
        }
        String id = b.id() != null ? b.id() : "offset:" + b.offset();
        broken.add(Input.failed(id, file + "@" + b.offset(), b.url() == null ? "" : b.url(), ErrorCode.BAD_WARC,
                "unreadable WARC record at byte " + b.offset() + ": " + why, Map.of()));
    }

    /** The record as an input, null when it is skipped, a failing input when it is broken. */
    private Input toInput(WarcRecord record) {
        if (!(record instanceof WarcResponse response)) {
            skip(record.type() + " record");
            return null;
        }
        String payload = record.headers().first("Content-Type").orElse("").toLowerCase(java.util.Locale.ROOT);
        if (!payload.startsWith("application/http")) {
            skip("non-HTTP response record"); // e.g. dns: lookups stored by Heritrix
            return null;
        }
        String id = record.id().toString();
        String url = response.target();
        Map<String, String> fields = record.headers().first("WARC-Date").isPresent()
                ? Map.of("warc_date", record.date().toString()) : Map.of();
        String source = file + "@" + lastStart;
        try {
            HttpResponse http;
            try {
                http = response.http();
            } catch (org.netpreserve.jwarc.ParsingException e) {
                // the WARC framing is intact, only the HTTP header is bad: no need to resync
                return Input.failed(id, source, url, ErrorCode.BAD_WARC, "invalid HTTP header: " + describe(e), fields);
            }
            if (http.status() < 200 || http.status() > 299) {
                skip("HTTP status not 2xx");
                return null;
            }
            String contentType = http.headers().first("Content-Type").orElse(null);
            if (contentType != null && !HtmlTypes.isHtml(contentType)) {
                skip("not HTML");
                return null;
            }
            byte[] raw = readBody(http);
            if (contentType == null && !HtmlTypes.looksLikeHtml(raw)) {
                skip("not HTML");
                return null;
            }
            String encoding = http.headers().first("Content-Encoding").orElse(null);
            return new Input(id, source, url, contentType,
                    () -> ContentEncoding.decode(raw, encoding, maxBytes), fields);
        } catch (InputError e) {
            return Input.failed(id, source, url, e.code(), e.getMessage(), fields);
        } catch (IOException | RuntimeException e) {
            resyncAfter(lastStart);
            return Input.failed(id, source, url, ErrorCode.BAD_WARC, "unreadable WARC record: " + describe(e), fields);
        }
    }

    private byte[] readBody(HttpResponse http) throws IOException {
        // not closed on purpose: closing would end the reader; jwarc skips the rest on next()
        InputStream body = http.body().stream();
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new InputError(ErrorCode.TOO_LARGE, "document larger than " + ContentEncoding.sizeLabel(maxBytes));
        }
        return bytes;
    }

    private void skip(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    /** Reopens the reader at the first readable record after {@code position}, or ends. */
    private void resyncAfter(long position) {
        try {
            WarcResync.Landing landing = resync.nextRecordStart(position + 1);
            landing.broken().forEach(b -> reportBroken(b, "corrupt or cut short"));
            reader = landing.atEnd() ? null : open(landing.offset());
            lastStart = landing.offset() - 1;
        } catch (IOException e) {
            reader = null;
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
