package org.factdesk.task;

/**
 * Where long work reports how far it got and learns whether to stop. Implementations must be
 * thread-safe; core code calls them from worker threads and never touches the UI.
 */
public interface Progress {
    /** @param done units done so far; @param total total units, or -1 when unknown */
    void update(long done, long total, String message);

    /** True once the user asked to stop; long loops check it between units of work. */
    boolean isCancelled();

    /** Throws {@link CancelledException} if cancellation was requested. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** A sink that ignores progress and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
