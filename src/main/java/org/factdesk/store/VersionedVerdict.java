package org.factdesk.store;

import org.factdesk.model.Verdict;

/**
 * A verdict with the version it was read at: the number of changes recorded for its claim. Saving with
 * {@link ReviewStore#saveVerdict(Verdict, String, long)} succeeds only while the version is still current.
 */
public record VersionedVerdict(Verdict verdict, long version) {
}
