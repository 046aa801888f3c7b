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
 */
public record ImportReport(int added, int updated, int skipped, List<ImportProblem> problems, boolean cancelled) {
    public ImportReport {
        problems = List.copyOf(problems);
    }

    public static ImportReport empty() {
        return new ImportReport(0, 0, 0, List.of(), false);
    }

    public ImportReport plus(ImportReport other) {
        List<ImportProblem> all = new ArrayList<>(problems);
        all.addAll(other.problems);
        return new ImportReport(added + other.added, updated + other.updated, skipped + other.skipped, all,
                cancelled || other.cancelled);
    }

    /** One line for a status bar or the CLI. */
    public String summary() {
        return added + " added, " + updated + " updated, " + skipped + " skipped"
                + (problems.isEmpty() ? "" : ", " + problems.size() + " problem(s)")
                + (cancelled ? " (cancelled)" : "");
    }
}
