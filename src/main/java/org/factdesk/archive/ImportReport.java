package org.factdesk.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * Outcome of one import.
 *
 * @param added     new documents
 * @param updated   documents whose id was already in the archive (replaced, not duplicated)
 * @param skipped   documents not imported (malformed, empty, near-duplicates)
 * @param problems  each problem with its place
 * @param cancelled true when the user stopped the import; what was committed before stays
 * @param notCompacted why a large import did not end with the index merged for fast searches
 *                     ("cancelled", "it needs 3.6 GB free ..."), or null when it did or had no need to
 */
public record ImportReport(int added, int updated, int skipped, List<ImportProblem> problems, boolean cancelled,
                           String notCompacted, long unlistedProblems) {
    /** Problems listed one by one; the rest are counted ({@link #unlistedProblems}): a bad feed can have millions. */
    public static final int MAX_LISTED_PROBLEMS = 1000;

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public ImportReport(int added, int updated, int skipped, List<ImportProblem> problems, boolean cancelled,
                        String notCompacted) {
        this(added, updated, skipped, problems, cancelled, notCompacted, 0);
    }

    public ImportReport(int added, int updated, int skipped, List<ImportProblem> problems, boolean cancelled) {
        this(added, updated, skipped, problems, cancelled, null);
    }

    /** Every problem, listed or not. */
    public long problemCount() {
        return problems.size() + unlistedProblems;
    }

    public static ImportReport empty() {
        return new ImportReport(0, 0, 0, List.of(), false);
    }

    public ImportReport plus(ImportReport other) {
        List<ImportProblem> all = new ArrayList<>(problems);
        all.addAll(other.problems);
        long unlisted = unlistedProblems + other.unlistedProblems;
        if (all.size() > MAX_LISTED_PROBLEMS) {
            unlisted += all.size() - MAX_LISTED_PROBLEMS;
            all = all.subList(0, MAX_LISTED_PROBLEMS);
        }
        return new ImportReport(added + other.added, updated + other.updated, skipped + other.skipped, all,
                cancelled || other.cancelled, other.notCompacted != null ? other.notCompacted : notCompacted, unlisted);
    }

    /** One line for a status bar or the CLI. */
    public String summary() {
        return added + " added, " + updated + " updated, " + skipped + " skipped"
                + (problemCount() == 0 ? "" : ", " + problemCount() + " problem(s)")
                + (cancelled ? " (cancelled)" : "")
                + (notCompacted == null ? "" : " (not compacted, " + notCompacted + ")");
    }

    /** What a fact-checker should know when the archive was not compacted, or "" when nothing. */
    public String compactionNote() {
        return notCompacted == null ? "" : "The archive was not compacted (" + notCompacted
                + "): searches stay slower until the next large import.";
    }
}
