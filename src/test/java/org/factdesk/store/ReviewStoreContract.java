package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictChange;
import org.factdesk.model.VerdictStatus;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ReviewStore} has, local (SQLite) or shared (PostgreSQL): each implementation's test class
 * extends this and says how to open its store. {@link #open()} opens the same backing store again (a restart).
 */
abstract class ReviewStoreContract {
    static final Article ARTICLE = StoreIT.ARTICLE;

    abstract ReviewStore open();

    ReviewStore seeded() {
        ReviewStore store = open();
        store.saveArticle(ARTICLE);
        store.saveClaims(ARTICLE.id(), List.of(StoreIT.soldiers(), StoreIT.treaty()));
        return store;
    }

    static Verdict verdict(String claimId, VerdictStatus s, String rationale) {
        return Verdict.unreviewed(claimId).withStatus(s).withRationale(rationale);
    }

    @Test
    void savesAnArticleWithItsClaimsAndReadsThemBackAfterReopen() {
        seeded().close();
        try (ReviewStore store = open()) {
            assertThat(store.article(ARTICLE.id())).contains(ARTICLE);
            assertThat(store.claims(ARTICLE.id())).containsExactly(StoreIT.soldiers(), StoreIT.treaty());
            assertThat(store.claim(StoreIT.treaty().id())).contains(StoreIT.treaty());
            assertThat(store.articles()).singleElement().satisfies(s -> {
                assertThat(s.article()).isEqualTo(ARTICLE);
                assertThat(s.claimCount()).isEqualTo(2);
                assertThat(s.reviewedCount()).isZero();
            });
        }
    }

    @Test
    void marksClaimVerifiedAndKeepsHistoryOfEveryChange() {
        String id = StoreIT.soldiers().id();
        try (ReviewStore store = seeded()) {
            assertThat(store.verdict(id).status()).isEqualTo(VerdictStatus.UNREVIEWED);
            assertThat(store.verdict(id).updatedAt()).isNull();
            store.saveVerdict(verdict(id, VerdictStatus.DISPUTED, "Ministry says 8,000"), "status");
            Verdict saved = store.saveVerdict(verdict(id, VerdictStatus.VERIFIED, "Confirmed by two sources")
                    .withEvidence(List.of(StoreIT.evidence())), "status");
            assertThat(saved.updatedAt()).isNotNull();
        }
        try (ReviewStore store = open()) {
            Verdict v = store.verdict(id);
            assertThat(v.status()).isEqualTo(VerdictStatus.VERIFIED);
            assertThat(v.rationale()).isEqualTo("Confirmed by two sources");
            assertThat(v.evidence()).containsExactly(StoreIT.evidence());
            assertThat(store.history(id)).extracting(c -> c.after().status())
                    .containsExactly(VerdictStatus.DISPUTED, VerdictStatus.VERIFIED);
            assertThat(store.verdicts(ARTICLE.id())).containsKeys(id, StoreIT.treaty().id());
            assertThat(store.checkedClaims()).singleElement().satisfies(c -> {
                assertThat(c.claim().id()).isEqualTo(id);
                assertThat(c.articleTitle()).isEqualTo(ARTICLE.title());
            });
            assertThat(store.articles().getFirst().reviewedCount()).isEqualTo(1);
        }
    }

    @Test
    void undoAndRedoWalkTheHistoryAndSurviveAReopen() {
        String id = StoreIT.soldiers().id();
        try (ReviewStore store = seeded()) {
            assertThat(store.canUndo(id)).isFalse();
            store.saveVerdict(verdict(id, VerdictStatus.FALSE, "one"), "status");
            store.saveVerdict(verdict(id, VerdictStatus.MISLEADING, "two"), "status");
            assertThat(store.undo(id).status()).isEqualTo(VerdictStatus.FALSE);
            assertThat(store.canRedo(id)).isTrue();
        }
        try (ReviewStore store = open()) {
            assertThat(store.redo(id).status()).isEqualTo(VerdictStatus.MISLEADING);
            assertThat(store.undo(id).status()).isEqualTo(VerdictStatus.FALSE);
            assertThat(store.undo(id).status()).isEqualTo(VerdictStatus.UNREVIEWED);
            assertThat(store.canUndo(id)).isFalse();
            store.saveVerdict(verdict(id, VerdictStatus.VERIFIED, "three"), "status");
            assertThat(store.canRedo(id)).isFalse();
            List<VerdictChange> h = store.history(id);
            assertThat(h).extracting(VerdictChange::action)
                    .containsExactly("status", "status", "undo", "redo", "undo", "undo", "status");
            Verdict reverted = store.revertTo(id, h.get(1).seq());
            assertThat(reverted.status()).isEqualTo(VerdictStatus.MISLEADING);
            assertThat(store.history(id)).hasSize(8);
            assertThatThrownBy(() -> store.revertTo(id, -5)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("no history entry");
        }
    }

    @Test
    void refusesASaveOverANewerVersionAndShowsBoth() {
        String id = StoreIT.soldiers().id();
        try (ReviewStore store = seeded()) {
            VersionedVerdict start = store.versionedVerdict(id);
            assertThat(start.version()).isZero();
            VersionedVerdict first = store.saveVerdict(verdict(id, VerdictStatus.FALSE, "theirs"), "status", 0);
            assertThat(first.version()).isEqualTo(1);
            assertThatThrownBy(() -> store.saveVerdict(verdict(id, VerdictStatus.VERIFIED, "mine"), "status", 0))
                    .isInstanceOfSatisfying(VerdictConflictException.class, e -> {
                        assertThat(e.theirs().version()).isEqualTo(1);
                        assertThat(e.theirs().verdict().rationale()).isEqualTo("theirs");
                        assertThat(e.mine().rationale()).isEqualTo("mine");
                        assertThat(e.getMessage()).contains("theirs: FALSE \"theirs\"", "yours:  VERIFIED \"mine\"");
                    });
            assertThat(store.verdict(id).rationale()).isEqualTo("theirs");
            assertThat(store.history(id)).hasSize(1);
            VersionedVerdict mine = store.saveVerdict(verdict(id, VerdictStatus.VERIFIED, "mine"), "status", 1);
            assertThat(mine.version()).isEqualTo(2);
            assertThat(store.versionedVerdict(id)).isEqualTo(mine);
            store.undo(id);
            assertThat(store.versionedVerdict(id).version()).isEqualTo(3);
        }
    }

    @Test
    void reSavingClaimsKeepsVerdictsManualClaimsAndDismissals() {
        Claim kept = StoreIT.soldiers();
        try (ReviewStore store = seeded()) {
            store.saveVerdict(Verdict.unreviewed(kept.id()).withStatus(VerdictStatus.VERIFIED), "status");
            store.setDismissed(StoreIT.treaty().id(), true);
            Claim manual = new Claim("manual-1", ARTICLE.id(), "officials said", ClaimKind.ASSERTION, 56, 70, 1,
                    null, null, null, null);
            store.saveManualClaim(manual);
            store.saveClaims(ARTICLE.id(), List.of(kept.withScore(0.5)));
            assertThat(store.claims(ARTICLE.id())).extracting(Claim::id).containsExactly(kept.id(), "manual-1");
            assertThat(store.claims(ARTICLE.id()).getFirst().score()).isEqualTo(0.5);
            store.saveClaims(ARTICLE.id(), List.of());
            assertThat(store.verdict(kept.id()).status()).isEqualTo(VerdictStatus.VERIFIED);
            assertThat(store.verdicts(ARTICLE.id())).containsKey(kept.id());
            store.saveClaims(ARTICLE.id(), List.of(kept, StoreIT.treaty()));
            assertThat(store.dismissedClaims(ARTICLE.id())).extracting(Claim::id)
                    .containsExactly(StoreIT.treaty().id());
            assertThatThrownBy(() -> store.saveClaims("nope", List.of())).isInstanceOf(StoreException.class)
                    .hasMessageContaining("Save the article first");
        }
    }

    @Test
    void aNewReadingMovesTheWorkedOnClaimsAndReplacesTheRestInOneGo() {
        Claim reviewed = StoreIT.soldiers();
        Claim dismissed = StoreIT.treaty();
        String newText = "Share bar gone.\n\n" + ARTICLE.text();
        int shift = "Share bar gone.\n\n".length();
        Article reread = new Article(ARTICLE.id(), ARTICLE.title(), newText, ARTICLE.source(), ARTICLE.published(),
                ARTICLE.url());
        try (ReviewStore store = seeded()) {
            store.saveVerdict(verdict(reviewed.id(), VerdictStatus.VERIFIED, "Two sources"), "status");
            store.setDismissed(dismissed.id(), true);
            Claim found = new Claim("new-1", ARTICLE.id(), "Share bar gone.", ClaimKind.ASSERTION, 0, 15, 0.4, null,
                    null, null, null);

            store.replaceReading(reread, List.of(shifted(reviewed, shift), shifted(dismissed, shift)),
                    java.util.Set.of(reviewed.id()), List.of(found));
        }
        try (ReviewStore store = open()) {
            assertThat(store.article(ARTICLE.id()).orElseThrow().text()).isEqualTo(newText);
            assertThat(store.claims(ARTICLE.id())).extracting(Claim::id).containsExactly("new-1", reviewed.id());
            Claim moved = store.claim(reviewed.id()).orElseThrow();
            assertThat(newText.substring(moved.start(), moved.end())).isEqualTo(reviewed.text());
            assertThat(moved.quantities().getFirst().start()).isEqualTo(shift);
            assertThat(store.manualClaimIds(ARTICLE.id())).containsExactly(reviewed.id());
            assertThat(store.dismissedClaims(ARTICLE.id())).singleElement()
                    .satisfies(d -> assertThat(newText.substring(d.start(), d.end())).isEqualTo(dismissed.text()));
            assertThat(store.verdict(reviewed.id()).rationale()).isEqualTo("Two sources");
            assertThat(store.history(reviewed.id())).hasSize(1);
            // the reviewer's claim now outlives an extraction that does not find it
            store.saveClaims(ARTICLE.id(), List.of());
            assertThat(store.claims(ARTICLE.id())).extracting(Claim::id).containsExactly(reviewed.id());
        }
    }

    private static Claim shifted(Claim c, int by) {
        return new Claim(c.id(), c.articleId(), c.text(), c.kind(), c.start() + by, c.end() + by, c.score(),
                c.quantities().stream().map(q -> q.shifted(by)).toList(),
                c.attribution() == null ? null : c.attribution().shifted(by), c.agreement(),
                c.dates().stream().map(d -> d.shifted(by)).toList());
    }

    @Test
    void removesAnArticleOnlyWhenNobodyReviewedIt() {
        Article other = new Article("b1", "Other", "Other text.", "", null, "");
        try (ReviewStore store = seeded()) {
            store.saveArticle(other);
            store.saveVerdict(verdict(StoreIT.soldiers().id(), VerdictStatus.FALSE, ""), "status");
            assertThat(store.deleteUnreviewedArticle(ARTICLE.id())).isFalse();
            assertThat(store.deleteUnreviewedArticle(other.id())).isTrue();
            assertThat(store.article(other.id())).isEmpty();
            assertThat(store.article(ARTICLE.id())).isPresent();
        }
    }

    @Test
    void remembersTheLastOpenedArticleAndListsArticlesReviewedInARange() throws Exception {
        Article other = new Article("b1", "Other", "Other text.", "", null, "");
        Claim otherClaim = new Claim("b1-c", "b1", "Other text.", ClaimKind.ASSERTION, 0, 11, 0.5, null, null,
                null, null);
        try (ReviewStore store = seeded()) {
            store.saveArticle(other);
            store.saveClaims(other.id(), List.of(otherClaim));
            assertThat(store.lastOpenedArticle()).isEmpty();
            store.markOpened(ARTICLE.id());
            Thread.sleep(5);
            store.markOpened(other.id());
            assertThat(store.lastOpenedArticle()).contains(other);
            assertThat(store.articles().getFirst().article()).isEqualTo(other);
            Instant before = Instant.now().minusMillis(500);
            store.saveVerdict(verdict(StoreIT.soldiers().id(), VerdictStatus.FALSE, ""), "status");
            Thread.sleep(5);
            store.saveVerdict(verdict(otherClaim.id(), VerdictStatus.VERIFIED, ""), "status");
            Instant after = Instant.now().plusMillis(500);
            assertThat(store.articlesReviewedBetween(before, after)).containsExactly(other, ARTICLE);
            assertThat(store.articlesReviewedBetween(after, after.plusSeconds(60))).isEmpty();
        }
    }

    /** Text fields reach the database only as bound parameters: SQL in them is kept as text and runs nowhere. */
    @Test
    void keepsSqlInjectionAttemptsAsPlainTextAndChangesNothingElse() {
        List<String> attacks = List.of("'; DROP TABLE verdict_history; --", "x' OR '1'='1",
                "\"); DELETE FROM articles; --", "$$; TRUNCATE claims; $$", "Robert'); UPDATE verdicts SET status='FALSE';--",
                "\\'; SELECT pg_sleep(5); --", "\u0000-free but ' \" ; -- /* */ all at once");
        try (ReviewStore store = seeded()) {
            int n = 0;
            for (String attack : attacks) {
                String clean = attack.replace("\u0000", "");
                String text = "Claim text " + clean;
                Article a = new Article("inj-" + n, clean, text, clean, null, clean);
                store.saveArticle(a);
                Claim c = new Claim("inj-c-" + n, a.id(), text, ClaimKind.ASSERTION, 0, text.length(), 0.5, null, null,
                        null, null);
                store.saveManualClaim(c);
                store.saveVerdict(verdict(c.id(), VerdictStatus.DISPUTED, clean), clean);
                assertThat(store.article(a.id())).contains(a);
                assertThat(store.verdict(c.id()).rationale()).isEqualTo(clean);
                assertThat(store.history(c.id())).singleElement().extracting(VerdictChange::action).isEqualTo(clean.strip());
                assertThat(store.article(clean)).isEmpty(); // an id that is an attack finds nothing
                assertThat(store.claims(clean)).isEmpty();
                n++;
            }
            assertThat(store.articles()).hasSize(attacks.size() + 1);
            assertThat(store.claims(ARTICLE.id())).hasSize(2);
            assertThat(store.checkedClaims()).hasSize(attacks.size());
        }
    }

    @Test
    void storesAMegabyteArticleWhole() {
        String text = "Ten thousand soldiers crossed. ".repeat(40_000);
        Article big = new Article(Article.idForText(text), "Big", text, "", null, "");
        try (ReviewStore store = open()) {
            store.saveArticle(big);
            assertThat(store.article(big.id()).orElseThrow().text()).hasSize(text.length());
        }
    }
}
