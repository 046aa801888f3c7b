package org.factdesk.ui.claims;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.factdesk.task.CancellableProgress;
import org.factdesk.task.CancelledException;
import org.factdesk.task.Progress;

/**
 * Scores the open article's claims with the sentence encoder in the background, after the list shows the n-gram
 * model's scores (docs/decisions/0034). One article at a time: starting another, or {@link #cancel()}, cancels
 * the one running, and a result that comes back after that is dropped. Results are handed to the UI thread
 * through the injected {@code fxThread}; nothing here touches JavaFX.
 */
public final class ClaimScoring implements AutoCloseable {
    /** The background work: the claims with their new scores, read by the caller's workbench. */
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    private final Consumer<Runnable> fxThread;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "factdesk-claim-scoring");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1); // below the reviewer's own calls
        return t;
    });
    private final AtomicReference<CancellableProgress> current = new AtomicReference<>();

    public ClaimScoring(Consumer<Runnable> fxThread) {
        this.fxThread = r -> {
            try {
                fxThread.accept(r);
            } catch (IllegalStateException toolkitGone) {
                // the window has closed: nothing to update
            }
        };
    }

    /**
     * Runs {@code work} in the background, cancelling the scoring started before; {@code onScored} runs on the UI
     * thread unless this scoring was cancelled meanwhile. A failure goes to {@code onFailed} (the quick scores stay).
     */
    public <T> void start(Work<T> work, Consumer<T> onScored, Consumer<Throwable> onFailed) {
        CancellableProgress progress = new CancellableProgress(u -> { });
        CancellableProgress before = current.getAndSet(progress);
        if (before != null) {
            before.cancel();
        }
        try {
            worker.execute(() -> {
                if (progress.isCancelled()) {
                    return;
                }
                try {
                    T result = work.call(progress);
                    fxThread.accept(() -> {
                        if (!progress.isCancelled()) {
                            onScored.accept(result);
                        }
                    });
                } catch (CancelledException cancelled) {
                    // another article was opened, or the window closes
                } catch (Throwable t) {
                    if (!progress.isCancelled()) {
                        fxThread.accept(() -> onFailed.accept(t));
                    }
                } finally {
                    current.compareAndSet(progress, null);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            current.compareAndSet(progress, null);
        }
    }

    /** Cancels the scoring under way, if any; its result will not be shown. Call on the UI thread. */
    public void cancel() {
        CancellableProgress p = current.getAndSet(null);
        if (p != null) {
            p.cancel();
        }
    }

    /** True while a scoring is under way (for tests and the status line). */
    public boolean isRunning() {
        return current.get() != null;
    }

    /**
     * Waits (on a worker, never the UI thread) until the scoring under way has stopped, so the workspace it writes
     * to can be closed.
     */
    public void awaitIdle() throws InterruptedException {
        try {
            worker.submit(() -> { }).get();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.RejectedExecutionException e) {
            // nothing queued can fail; a closed worker has nothing running
        }
    }

    /** Cancels the scoring and waits a little for it to stop (it stops at its next sentence). */
    @Override
    public void close() {
        cancel();
        worker.shutdown();
        try {
            worker.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
