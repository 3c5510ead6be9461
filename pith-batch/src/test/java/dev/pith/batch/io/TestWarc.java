package dev.pith.batch.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes WARCs for tests with jwarc, remembering where each record starts so tests can break one. */
public final class TestWarc {

    public static final Instant DATE = Instant.parse("2026-01-02T03:04:05Z");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final WarcWriter writer;
    private final List<long[]> spans = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();

    public TestWarc(boolean gzip) throws IOException {
        writer = new WarcWriter(Channels.newChannel(bytes), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
    }

    /** Adds an HTTP 200 response; returns its WARC-Record-ID. */
    public String response(String url, String contentType, byte[] body, String... extraHeaders) throws IOException {
        return response(url, 200, contentType, body, extraHeaders);
    }

    public String response(String url, int status, String contentType, byte[] body, String... extraHeaders)
            throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other");
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
            http.addHeader(extraHeaders[i], extraHeaders[i + 1]);
        }
        http.body(MediaType.parse(contentType), body);
        URI id = URI.create("urn:uuid:" + UUID.nameUUIDFromBytes((url + ids.size()).getBytes()));
        WarcResponse record = new WarcResponse.Builder(url).recordId(id).date(DATE).body(http.build()).build();
        write(record);
        ids.add(id.toString());
        return id.toString();
    }

    /** Adds a request record (never extracted). */
    public void request(String url) throws IOException {
        HttpRequest http = new HttpRequest.Builder("GET", URI.create(url).getRawPath()).addHeader("Host", "x").build();
        write(new WarcRequest.Builder(url).date(DATE).body(http).build());
    }

    private void write(org.netpreserve.jwarc.WarcRecord record) throws IOException {
        long start = bytes.size();
        writer.write(record);
        spans.add(new long[] {start, bytes.size()});
    }

    /** Byte offsets [start, end) of the n-th record written. */
    public long[] span(int n) {
        return spans.get(n);
    }

    public byte[] bytes() {
        return bytes.toByteArray();
    }
}
