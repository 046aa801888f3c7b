package org.factdesk.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.factdesk.task.CancellableProgress;
import org.factdesk.task.CancelledException;
import org.factdesk.task.Progress;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs workbench calls off the JavaFX thread and hands results back on it.
 *
 * <p>Two lanes: quick calls (verdicts, evidence, history) run one after another on a single thread so
 * that saves keep their order; long work (import, export, extraction) runs on its own thread, reports
 * progress through the observable properties and can be cancelled. The "hand back" step is injected
 * so view models can be tested without a JavaFX toolkit.
 */
public final class UiExecutor implements AutoCloseable {
    /** A short workbench call. */
    public interface Work<T> {
        T call() throws Exception;
    }

    public interface LongWork<T> {
        T call(Progress progress) throws Exception;
    }

    private final Executor quick;
    private final Executor slow;
    private final Consumer<Runnable> fxThread;

    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final AtomicReference<CancellableProgress> current = new AtomicReference<>();

    public UiExecutor(Consumer<Runnable> fxThread) {
        this(Executors.newSingleThreadExecutor(daemon("factdesk-quick")),
                Executors.newSingleThreadExecutor(daemon("factdesk-long")), fxThread);
    }

    /**
     * With the lanes given: {@code quick} must run its calls one after another, in order (a single thread, or the
     * caller's own). Executor services given here are shut down by {@link #drain}.
     */
    public UiExecutor(Executor quick, Executor slow, Consumer<Runnable> fxThread) {
        // After the toolkit has gone (shutdown), late results are dropped instead of failing a worker.
        this.fxThread = r -> {
            try {
                fxThread.accept(r);
            } catch (IllegalStateException toolkitGone) {
                // nothing left to update
            }
        };
        this.quick = quick;
        this.slow = slow;
    }

    /**
     * Everything on the calling thread, results handed back at once: a view model's test then reads the outcome of
     * a call as soon as the call returns, without sleeping or polling.
     */
    public static UiExecutor synchronous() {
        return new UiExecutor(Runnable::run, Runnable::run, Runnable::run);
    }

    /** For the application: results go back through {@code Platform.runLater}. */
    public static UiExecutor forJavaFx() {
        return new UiExecutor(javafx.application.Platform::runLater);
    }

    /** Runs {@code r} on the UI thread (how results reach the window; in tests, where the test says). */
    public void onFxThread(Runnable r) {
        fxThread.accept(r);
    }

    /** Runs a short call in order with the other short calls. */
    public <T> void run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        quick.execute(() -> {
            try {
                T result = work.call();
                fxThread.accept(() -> onSuccess.accept(result));
            } catch (Throwable t) {
                fxThread.accept(() -> onError.accept(t));
            }
        });
    }

    /**
     * Runs long work with progress and cancel; {@code onCancelled} runs instead of {@code onSuccess}
     * when the work stopped because the user cancelled it.
     */
    public <T> void runLong(String label, LongWork<T> work, Consumer<T> onSuccess, Runnable onCancelled,
                            Consumer<Throwable> onError) {
        CancellableProgress p = new CancellableProgress(u -> fxThread.accept(() -> {
            progress.set(u.fraction());
            message.set(u.message() == null || u.message().isBlank() ? label : label + " — " + u.message());
        }));
        fxThread.accept(() -> {
            busy.set(true);
            progress.set(-1);
            message.set(label + "…");
        });
        slow.execute(() -> {
            current.set(p);
            try {
                T result = work.call(p);
                boolean cancelled = p.isCancelled();
                fxThread.accept(() -> {
                    finished();
                    if (cancelled && result == null) {
                        onCancelled.run();
                    } else {
                        onSuccess.accept(result);
                    }
                });
            } catch (CancelledException e) {
                fxThread.accept(() -> {
                    finished();
                    onCancelled.run();
                });
            } catch (Throwable t) {
                fxThread.accept(() -> {
                    finished();
                    onError.accept(t);
                });
            } finally {
                current.compareAndSet(p, null);
            }
        });
    }

    /**
     * Waits (on a worker, never the FX thread) until every short call queued before now has run, so long
     * work that reads what the reviewer just saved (a report) sees those saves.
     */
    public void awaitQueuedCalls() throws InterruptedException {
        if (!(quick instanceof ExecutorService queue)) {
            return; // the caller's own thread: what was asked before has run
        }
        try {
            queue.submit(() -> { }).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            // closing: the queued saves are being drained anyway
        }
    }

    private void finished() {
        busy.set(false);
        progress.set(0);
        message.set("");
    }

    /** Asks the running long task to stop at its next check. */
    public void cancel() {
        CancellableProgress p = current.get();
        if (p != null) {
            p.cancel();
            message.set("Cancelling…");
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Waits for queued saves to finish (used on shutdown so nothing the reviewer typed is lost). */
    public void drain(long timeoutMillis) {
        cancel();
        for (Executor lane : new Executor[] {quick, slow}) {
            if (lane instanceof ExecutorService service) {
                service.shutdown();
            }
        }
        try {
            for (Executor lane : new Executor[] {quick, slow}) {
                if (lane instanceof ExecutorService service) {
                    service.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        drain(5_000);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
