package org.factdesk.reliability;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.factdesk.archive.Archive;
import org.factdesk.archive.ImportReport;
import org.factdesk.task.Progress;

/**
 * Child process for {@link ArchiveCrashIT}: opens the archive, prints {@code READY}, imports a JSONL file and,
 * on every progress report, prints {@code ACK <archive size>}: the number of articles a reader sees at that moment
 * (the import commits a batch, then refreshes, then reports), and {@code COMPACTING} when the import, all committed,
 * starts merging the index. Prints {@code DONE <ms>} if it finishes before the kill.
 * Arguments: archive folder, JSONL file.
 */
public final class ArchiveCrashChild {
    private ArchiveCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path jsonl = Path.of(args[1]);
        PrintStream out = System.out;
        try (Archive archive = Archive.open(dir)) {
            out.println("READY");
            out.flush();
            long start = System.nanoTime();
            AtomicReference<Archive> ref = new AtomicReference<>(archive);
            ImportReport report = archive.importPath(jsonl, new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    try {
                        if (message.startsWith("Compacting")) {
                            out.println("COMPACTING");
                        }
                        out.println("ACK " + ref.get().size());
                        out.flush();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            out.println("DONE " + (System.nanoTime() - start) / 1_000_000 + " " + report.added());
            out.flush();
        }
    }
}
