package org.factdesk.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.factdesk.task.Progress;

/** One progress line on the terminal, rewritten in place at most a few times a second. */
final class ConsoleProgress implements Progress {
    private final PrintStream out;
    private long lastPrint;
    private boolean printed;

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void update(long done, long total, String message) {
        long now = System.nanoTime();
        if (now - lastPrint < 200_000_000L && done != total) {
            return;
        }
        lastPrint = now;
        String pct = total > 0 ? String.format(Locale.ROOT, "%3d%% ", Math.min(100, done * 100 / total)) : "";
        out.print("\r" + pct + (message == null ? "" : message) + "   ");
        out.flush();
        printed = true;
    }

    synchronized void finish() {
        if (printed) {
            out.println();
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
