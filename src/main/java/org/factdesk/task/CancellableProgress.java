package org.factdesk.task;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** A {@link Progress} that forwards updates to a listener and can be cancelled from any thread. */
public final class CancellableProgress implements Progress {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Consumer<Update> listener;

    public record Update(long done, long total, String message) {
        public double fraction() {
            return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
        }
    }

    public CancellableProgress(Consumer<Update> listener) {
        this.listener = listener;
    }

    @Override
    public void update(long done, long total, String message) {
        listener.accept(new Update(done, total, message));
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    public void cancel() {
        cancelled.set(true);
    }
}
