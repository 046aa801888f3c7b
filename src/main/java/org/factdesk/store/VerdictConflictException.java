package org.factdesk.store;

import org.factdesk.model.Verdict;

/**
 * A save refused because somebody saved a newer version of the verdict since it was read: nothing was written, and
 * both versions are here so that the reviewer can keep one or merge them.
 */
public final class VerdictConflictException extends StoreException {
    private final transient Verdict mine;
    private final transient VersionedVerdict theirs;
    private final long expectedVersion;

    public VerdictConflictException(Verdict mine, long expectedVersion, VersionedVerdict theirs) {
        super(message(mine, expectedVersion, theirs));
        this.mine = mine;
        this.expectedVersion = expectedVersion;
        this.theirs = theirs;
    }

    private static String message(Verdict mine, long expected, VersionedVerdict theirs) {
        Verdict t = theirs.verdict();
        String who = t.reviewer().isBlank() ? "somebody" : t.reviewer();
        return "Not saved: " + who + " changed the verdict of claim " + mine.claimId() + " at " + t.updatedAt()
                + " (version " + theirs.version() + ") after you opened it (version " + expected + ").\n"
                + "  theirs: " + summary(t) + "\n"
                + "  yours:  " + summary(mine) + "\n"
                + "Keep theirs (do nothing), or save yours again over version " + theirs.version() + ".";
    }

    static String summary(Verdict v) {
        String r = v.rationale().replaceAll("\\s+", " ").strip();
        return v.status() + (r.isEmpty() ? "" : " \"" + (r.length() > 120 ? r.substring(0, 120) + "..." : r) + "\"")
                + (v.confidence() > 0 ? ", confidence " + v.confidence() : "");
    }

    public Verdict mine() {
        return mine;
    }

    public VersionedVerdict theirs() {
        return theirs;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
