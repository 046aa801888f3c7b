package org.factdesk.archive;

import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.MergePolicy;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lucene's background merges, with a way to stop them: a compaction the user cancels aborts its merge
 * at once, and the index stays as the last commit left it (merged segments replace the old ones only
 * when a merge completes).
 */
final class AbortableMerges extends ConcurrentMergeScheduler {
    private final Set<MergePolicy.OneMerge> running = ConcurrentHashMap.newKeySet();
    private volatile boolean aborting;

    @Override
    protected void doMerge(MergeSource source, MergePolicy.OneMerge merge) throws IOException {
        running.add(merge);
        try {
            if (aborting) { // registered before the abort, started after it
                merge.setAborted();
            }
            super.doMerge(source, merge);
        } finally {
            running.remove(merge);
        }
    }

    /** Aborts the running merges, and those that start until {@link #resume()}. */
    void abortAll() {
        aborting = true;
        running.forEach(MergePolicy.OneMerge::setAborted);
    }

    void resume() {
        aborting = false;
    }
}
