package org.factdesk.read.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.factdesk.task.CancelledException;
import org.factdesk.task.Progress;

/** A response body collected as it arrives, given up as soon as it passes the cap or the user cancels. */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** The body passed the cap. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("response body too large", null, false, false);
        }
    }

    private final long maxBytes;
    private final long declared;
    private final Progress progress;
    private final String host;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBody(long maxBytes, long declared, Progress progress, String host) {
        this.maxBytes = maxBytes;
        this.declared = declared;
        this.progress = progress;
        this.host = host;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declared > maxBytes) {
            s.cancel();
            result.completeExceptionally(new TooLarge());
            return;
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : items) {
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            out.write(chunk, 0, chunk.length);
        }
        if (out.size() > maxBytes) {
            subscription.cancel();
            result.completeExceptionally(new TooLarge());
            return;
        }
        if (progress.isCancelled()) {
            subscription.cancel();
            result.completeExceptionally(new CancelledException());
            return;
        }
        progress.update(out.size(), declared, "Fetching " + host);
        subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }
}
