package org.factdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictChange;

/**
 * The review store: articles, their claims, verdicts and the verdicts' append-only history. Two implementations
 * with the same behaviour (one contract test suite runs against both): {@link Store}, the local desk in one SQLite
 * file, and {@link PgStore}, a team desk shared on a PostgreSQL server (docs/decisions/0050). What stays with the
 * laptop (settings, the archive's import log, backups) is the local store's alone.
 *
 * <p>Every write is one transaction. Messages of a {@link StoreException} are meant for the user.
 */
public interface ReviewStore extends AutoCloseable {

    /** Where the reviews live, for messages and the status bar ("/home/ana/FactDesk/factdesk.db", "postgresql://..."). */
    String location();

    // ---- articles

    /** Inserts or updates an article; keeps when it was added and last opened. */
    void saveArticle(Article a);

    Optional<Article> article(String id);

    /** Removes an article and its claims, only when no verdict was ever recorded on it; true when removed. */
    boolean deleteUnreviewedArticle(String id);

    /** Every stored article with its progress, most recently opened (or added) first. */
    List<ArticleSummary> articles();

    /** Records that the reviewer opened the article now, for "reopen where you left off". */
    void markOpened(String articleId);

    Optional<Article> lastOpenedArticle();

    /** Articles with any verdict change in [from, to), most recently reviewed first. */
    List<Article> articlesReviewedBetween(Instant from, Instant to);

    // ---- claims

    /** Replaces the extracted claims of an article; manual and dismissed claims and all verdicts stay. */
    void saveClaims(String articleId, List<Claim> claims);

    void saveManualClaim(Claim c);

    void setDismissed(String claimId, boolean dismissed);

    List<Claim> claims(String articleId);

    /** The ids of the claims of an article the reviewer made or edited (re-extraction never replaces these). */
    java.util.Set<String> manualClaimIds(String articleId);

    /**
     * Puts a new reading of a stored article in place of the old one, in one transaction: the article's text and
     * details; the claims in {@code kept} (the reviewer's work hangs on them: verdicts, dismissals, own claims) at
     * their places in the new text, those in {@code madeManual} becoming the reviewer's; every other extracted claim
     * replaced by {@code extracted}. Verdicts and their history are never touched.
     */
    void replaceReading(Article article, List<Claim> kept, java.util.Set<String> madeManual, List<Claim> extracted);

    List<Claim> dismissedClaims(String articleId);

    Optional<Claim> claim(String claimId);

    // ---- verdicts

    /** The current verdict; Unreviewed (updatedAt null) for a claim never reviewed. */
    Verdict verdict(String claimId);

    /** The current verdict with its version: the number of changes recorded for the claim (0: never reviewed). */
    VersionedVerdict versionedVerdict(String claimId);

    Map<String, Verdict> verdicts(String articleId);

    /** Saves a verdict whatever changed meanwhile (the local desk's behaviour: one reviewer). */
    Verdict saveVerdict(Verdict v, String action);

    /**
     * Saves a verdict only if nobody changed it since {@code expectedVersion} was read (optimistic locking).
     *
     * @throws VerdictConflictException naming both versions when somebody saved a newer one; nothing is written
     */
    VersionedVerdict saveVerdict(Verdict v, String action, long expectedVersion);

    /** All changes to a claim's verdict, oldest first. */
    List<VerdictChange> history(String claimId);

    boolean canUndo(String claimId);

    boolean canRedo(String claimId);

    Verdict undo(String claimId);

    Verdict redo(String claimId);

    Verdict revertTo(String claimId, long seq);

    /** Every claim with a verdict other than Unreviewed, newest change first. */
    List<CheckedClaim> checkedClaims();

    @Override
    void close();

    /**
     * The newsroom archive the desk's reviewers search ({@code opensearch://...}), set by a team desk's admin
     * ({@code desk set-archive}); empty for a local desk, or a team desk that names none (docs/decisions/0066).
     */
    default Optional<String> deskArchive() {
        return Optional.empty();
    }
}
