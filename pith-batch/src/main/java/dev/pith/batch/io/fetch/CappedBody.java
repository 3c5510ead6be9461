package dev.pith.batch.io.fetch;

import dev.pith.batch.io.ContentEncoding;
import dev.pith.batch.io.ErrorCode;
import dev.pith.batch.io.InputError;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a size cap. Past the cap the download is cancelled (closing
 * the connection) and the body fails with "response larger than …" instead of filling memory.
 * {@link #refuse} makes a subscriber that reads nothing at all, for bodies not worth reading
 * (error statuses, redirects, non-HTML types, a Content-Length over the cap).
 */
final class CappedBody implements BodySubscriber<byte[]> {

    private static final int INITIAL = 16 * 1024;

    private final long maxBytes;
    private final InputError refusal;
    private final boolean refuse;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(INITIAL);
    private Flow.Subscription subscription;

    private CappedBody(long maxBytes, boolean refuse, InputError refusal) {
        this.maxBytes = maxBytes;
        this.refuse = refuse;
        this.refusal = refusal;
    }

    static CappedBody upTo(long maxBytes) {
        return new CappedBody(maxBytes, false, null);
    }

    /** Reads nothing: completes with an empty body, or with {@code error} when it is not null. */
    static CappedBody refuse(InputError error) {
        return new CappedBody(0, true, error);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (refuse) {
            s.cancel();
            if (refusal != null) {
                result.completeExceptionally(refusal);
            } else {
                result.complete(new byte[0]);
            }
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : items) {
            if (buffer.size() + (long) b.remaining() > maxBytes) {
                subscription.cancel();
                result.completeExceptionally(
                        new InputError(ErrorCode.TOO_LARGE, "response larger than " + ContentEncoding.sizeLabel(maxBytes)));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            buffer.write(chunk, 0, chunk.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
