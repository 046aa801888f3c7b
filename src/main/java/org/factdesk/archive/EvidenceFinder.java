package org.factdesk.archive;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.QueryBuilder;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.Evidence;
import org.factdesk.model.Quantity;
import org.factdesk.model.Speakers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the passages of prior articles that bear on a claim: builds a query from the claim (its
 * words with synonyms, its numbers in normalised form, its speaker and agreement), keeps to sources
 * published up to the article under review (later ones rank lower), leaves that article out, prefers several outlets over
 * many copies from one, and marks the stance of quantity evidence.
 */
public final class EvidenceFinder {
    /**
     * Ranking knobs, tuned on the development splits (see RetrievalEvaluation).
     *
     * @param phraseBoost weight of adjacent query words found near each other (names, set phrases)
     * @param nameBoost   weight of the claim's multi-word names ("Federation Council") found as written
     * @param prfDocs     pseudo-relevance feedback: top articles whose words expand the query (0 = off)
     * @param prfTerms    how many feedback words are added
     * @param prfWeight   weight of the feedback words against the claim's own
     * @param maxWords    at most this many of the claim's words, the rarest in the archive, are searched (0 = all)
     * @param candidates  two-stage search: documents the cheap first stage fetches, whose articles alone are
     *                    scored in full (0 = score the whole archive in full: exact, but slow at scale)
     * @param recallWords at most this many of the claim's words, the rarest, find the candidates (0 = all)
     * @param prfRecall   the heaviest feedback words that also fetch candidates, in a second cheap search (0 = none)
     * @param recallTitle weight of the claim's words on titles in the first stage (0 = text only)
     * @param recallMaxShare the first stages leave out words, synonym groups and feedback words found in more than
     *                    this share of the archive's documents (at least three of the claim's stay; 0 = keep all):
     *                    they cost most and decide least
     * @param passageArticles two-stage search: passages are scored for this many of the best articles (0 = all)
     */
    public record Tuning(float titleBoost, float numberBoost, float speakerBoost, float phraseBoost, float nameBoost,
                         double passageWeight, double articleWeight, double outletDecay, float k1, float b,
                         int prfDocs, int prfTerms, float prfWeight, int maxWords, int candidates, int recallWords,
                         int prfRecall, float recallTitle, double recallMaxShare, int passageArticles) {
        /**
         * BM25 k1 0.9 / b 0.4 and feedback from 3 articles, 100 words, weight 3: chosen by cross-validation on train
         * sets only (CLEF 2020 train, lexical and dense, a PolNeAR lede set and a PolNeAR same-story set), never on
         * BASIL or CLEF dev (decisions 49, 78).
         */
        public static final Tuning DEFAULT = new Tuning(1.0f, 0.5f, 2f, 0.5f, 0.3f, 1.0, 1.0, 0.85, 0.9f, 0.4f, 3, 100, 3f,
                0, 50, 0, 10, 0f, 0.01, 20);

        /** The names {@link #parse} takes, one a component. */
        static final java.util.List<String> KEYS = java.util.List.of("title", "num", "speaker", "phrase", "name",
                "passage", "article", "outlet", "k1", "b", "prfDocs", "prfTerms", "prfWeight", "maxWords", "candidates",
                "recallWords", "prfRecall", "recallTitle", "recallMaxShare", "passageArticles");

        /** "title=1.5,k1=0.9" over the defaults (tuning runs: {@code evaluate retrieval --tuning}). */
        public static Tuning parse(String spec) {
            Tuning t = DEFAULT;
            if (spec == null || spec.isBlank()) {
                return t;
            }
            java.util.Map<String, Double> m = new java.util.HashMap<>();
            for (String kv : spec.split(",")) {
                String[] p = kv.split("=");
                if (p.length != 2 || !KEYS.contains(p[0].strip())) {
                    throw new IllegalArgumentException("tuning '" + kv.strip() + "': use NAME=NUMBER, NAME one of "
                            + String.join(", ", KEYS));
                }
                try {
                    m.put(p[0].strip(), Double.parseDouble(p[1].strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("tuning '" + kv.strip() + "': '" + p[1].strip()
                            + "' is not a number");
                }
            }
            return new Tuning(m.getOrDefault("title", (double) t.titleBoost).floatValue(),
                    m.getOrDefault("num", (double) t.numberBoost).floatValue(),
                    m.getOrDefault("speaker", (double) t.speakerBoost).floatValue(),
                    m.getOrDefault("phrase", (double) t.phraseBoost).floatValue(),
                    m.getOrDefault("name", (double) t.nameBoost).floatValue(),
                    m.getOrDefault("passage", t.passageWeight), m.getOrDefault("article", t.articleWeight),
                    m.getOrDefault("outlet", t.outletDecay), m.getOrDefault("k1", (double) t.k1).floatValue(),
                    m.getOrDefault("b", (double) t.b).floatValue(),
                    m.getOrDefault("prfDocs", (double) t.prfDocs).intValue(),
                    m.getOrDefault("prfTerms", (double) t.prfTerms).intValue(),
                    m.getOrDefault("prfWeight", (double) t.prfWeight).floatValue(),
                    m.getOrDefault("maxWords", (double) t.maxWords).intValue(),
                    m.getOrDefault("candidates", (double) t.candidates).intValue(),
                    m.getOrDefault("recallWords", (double) t.recallWords).intValue(),
                    m.getOrDefault("prfRecall", (double) t.prfRecall).intValue(),
                    m.getOrDefault("recallTitle", (double) t.recallTitle).floatValue(),
                    m.getOrDefault("recallMaxShare", t.recallMaxShare),
                    m.getOrDefault("passageArticles", (double) t.passageArticles).intValue());
        }
    }

    /**
     * Sources published after the article under review still show (a later confirmation or correction
     * matters to a fact-checker) but rank below earlier ones of similar relevance.
     */
    static final double LATER_SOURCE_FACTOR = 0.6;
    /**
     * Reports dated up to this many days after the article under review are of its news cycle, not later
     * sources: archive dates are days without a time or zone, and other outlets' reports of the same events
     * come out over the next day or two (decision 16).
     */
    static final int NEWS_CYCLE_DAYS = 2;
    /**
     * At most this many of a claim's words (the rarest) are searched, and at most {@link #MAX_QUERY_EXTRAS} of its
     * name pairs and numbers: a "claim" of a thousand words (a list, a paragraph without stops) would otherwise
     * exceed Lucene's clause limit ({@link IndexSearcher#getMaxClauseCount()}) and fail. Real claims stay far below.
     */
    static final int MAX_QUERY_WORDS = 100;
    /** Longer claims (counted in analysed words) are read as their different words, each once (see searchText). */
    static final int MAX_QUERY_TOKENS = 300;
    static final int MAX_QUERY_EXTRAS = 50;
    /** A word in fewer documents than this costs the first stage little, however large its share of a small archive. */
    static final int CHEAP_WORD_DOCS = 2_000;

    private static final Pattern URL = Pattern.compile("(https?://|www\\.|pic\\.twitter\\.com/)\\S*");
    private static final Pattern HANDLE = Pattern.compile("@\\w+");
    /** "(@handle) March 24, 2019" at the end of an embedded post: the handle goes; the date stays: clef2020
     * train MAP@5 0.823 -> 0.837 (dropping the date as well: 0.831; the whole signature: 0.807, names matter). */
    private static final Pattern SIGNATURE_HANDLE = Pattern.compile("\\(@\\w+\\)([^()]{0,40})$");
    private static final Pattern HASHTAG = Pattern.compile("#(\\w+)");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})");

    private final Archive archive;
    private final Tuning tuning;
    private final QuantityStance stance;
    /** Fuses the vectors into searches of archives whose articles mostly have one ({@link Archive#denseSearch()}). */
    private final DenseFusion dense;
    /** The learned last stages (see Reranker) of lexical and of dense-fused searches; null when turned off. */
    private final Reranker lexicalReranker;
    private final Reranker denseReranker;
    /** Each passage's probability of being about what the claim states (decision 41). */
    private final Relevance relevance;

    public EvidenceFinder(Archive archive) {
        this(archive, EvidenceSettings.DEFAULT);
    }

    public EvidenceFinder(Archive archive, Tuning tuning) {
        this(archive, EvidenceSettings.of(tuning));
    }

    public EvidenceFinder(Archive archive, EvidenceSettings settings) {
        this(archive, settings, settings.rerank() ? Reranker.forArchive(archive, false) : null,
                settings.rerank() ? Reranker.forArchive(archive, true) : null);
    }

    /** @param reranker the last stage, or null for the first stages' ranking alone (as the re-ranker is trained on) */
    EvidenceFinder(Archive archive, Tuning tuning, Reranker reranker) {
        this(archive, EvidenceSettings.of(tuning), reranker, reranker);
    }

    private EvidenceFinder(Archive archive, EvidenceSettings settings, Reranker lexicalReranker,
                           Reranker denseReranker) {
        this.lexicalReranker = lexicalReranker;
        this.denseReranker = denseReranker;
        this.archive = archive;
        this.tuning = settings.tuning();
        this.stance = new QuantityStance(archive.queryTextAnalyzer(), ArchiveSchema.textAnalyzer());
        this.dense = new DenseFusion(archive, settings.fusion());
        this.relevance = new Relevance(archive, Relevance.shippedOrNull(), settings.passageCosines());
    }

    /**
     * @param context the article the claim was found in, or null for none: it is left out of the results, and
     *                sources published more than {@link #NEWS_CYCLE_DAYS} after it rank lower
     */
    public List<Evidence> find(Claim claim, Article context, int k) {
        return find(claim, context, k, Set.of());
    }

    /**
     * As {@link #find(Claim, Article, int)}, with these archive articles left out of the search as if they were not
     * in the archive (evaluations: a claim whose evidence is missing, {@code evaluate retrieval --drop-relevant}).
     */
    public List<Evidence> find(Claim claim, Article context, int k, Set<String> leftOut) {
        Query query = buildQuery(claim);
        List<Query> filters = new ArrayList<>();
        List<Query> exclusions = new ArrayList<>();
        for (String id : leftOut) {
            exclusions.add(new TermQuery(new Term(ArchiveSchema.ID, id)));
        }
        Long preferBefore = null;
        if (context != null) {
            exclusions.add(new TermQuery(new Term(ArchiveSchema.ID, context.id())));
            if (context.published() != null) {
                preferBefore = context.published().toEpochDay() + NEWS_CYCLE_DAYS;
            }
        }
        try {
            // an archive embedded elsewhere, opened where the encoders cannot run, is searched by its words
            boolean denseSearch = archive.denseSearch() && DenseEncoder.unavailable() == null;
            Reranker reranker = denseSearch ? denseReranker : lexicalReranker;
            // the re-ranker re-orders a fixed number of first-stage results, whatever k: as it was trained
            int wanted = reranker == null ? k : Math.max(k, reranker.depth());
            BM25Similarity similarity = new BM25Similarity(tuning.k1(), tuning.b());
            List<Evidence> hits;
            if (!denseSearch && tuning.candidates() > 0) {
                SearchRequest.Recall recall = new SearchRequest.Recall(recallQuery(claim), tuning.candidates(),
                        tuning.prfDocs(), tuning.prfTerms(), tuning.prfWeight(), tuning.prfRecall(), tuning.passageArticles(),
                        tuning.recallMaxShare() > 0 ? wordDocLimit() : Long.MAX_VALUE);
                hits = archive.search(new SearchRequest(query, filters, exclusions, wanted, tuning.passageWeight(),
                        tuning.articleWeight(), tuning.outletDecay(), similarity, preferBefore, LATER_SOURCE_FACTOR,
                        recall));
            } else {
                hits = searchWholeArchive(claim, query, filters, exclusions, preferBefore, similarity, wanted,
                        denseSearch);
            }
            if (reranker != null) {
                hits = reranker.rerank(searchText(claim), hits,
                        new Reranker.Policy(preferBefore, LATER_SOURCE_FACTOR, tuning.outletDecay()));
                hits = hits.subList(0, Math.min(k, hits.size()));
            }
            List<Evidence> out = new ArrayList<>(hits.size());
            ClaimCoverage coverage = coverage(claim);
            for (Evidence e : hits) {
                QuantityStance.Result r = stance.assess(claim, e.passage(), e.title());
                out.add(new Evidence(e.docId(), e.title(), e.source(), e.published(), e.url(), e.passage(),
                        e.highlights(), e.score(), r.stance(), r.note(), coverage.of(e.title(), e.passage())));
            }
            ClaimMatch.Claim stated = ClaimMatch.Claim.of(searchText(claim), this::docFreq, archive.documentCount(), 1);
            out = ClaimMatch.statedFirst(out, e -> ClaimMatch.of(stated, e.title(), e.passage(), e.passage()).statedPairs());
            return relevance.estimate(searchText(claim), out, denseSearch, coverage);
        } catch (IOException e) {
            throw new UncheckedIOException("could not search the archive: " + e.getMessage(), e);
        }
    }

    private int docFreq(String word) {
        try {
            return archive.docFreq(new Term(ArchiveSchema.TEXT, word));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the archive: " + e.getMessage(), e);
        }
    }

    ClaimCoverage coverage(Claim claim) throws IOException {
        return new ClaimCoverage(searchText(claim), archive.queryTextAnalyzer(), ArchiveSchema.textAnalyzer(),
                word -> archive.docFreq(new Term(ArchiveSchema.TEXT, word)), archive.documentCount());
    }

    /** The full query on every document of the archive (and the dense fusion, when on). */
    private List<Evidence> searchWholeArchive(Claim claim, Query claimQuery, List<Query> filters, List<Query> exclusions,
                                              Long preferBefore, BM25Similarity similarity, int k,
                                              boolean denseSearch) throws IOException {
        Query query = claimQuery;
        if (tuning.prfDocs() > 0 && tuning.prfWeight() > 0) {
            Query expansion = archive.feedbackQuery(new SearchRequest(query, filters, exclusions,
                    tuning.prfDocs(), 0, 1, 1, similarity), tuning.prfTerms());
            if (expansion != null) {
                query = new BooleanQuery.Builder().add(query, Occur.SHOULD)
                        .add(new BoostQuery(expansion, tuning.prfWeight()), Occur.SHOULD).build();
            }
        }
        SearchRequest request = new SearchRequest(query, filters, exclusions, k,
                tuning.passageWeight(), tuning.articleWeight(), tuning.outletDecay(), similarity,
                preferBefore, LATER_SOURCE_FACTOR);
        List<Evidence> found = denseSearch ? dense.search(request, searchText(claim), k) : archive.search(request);
        if (query == claimQuery) {
            return found;
        }
        // the request's query holds the feedback words too: the passages show the claim's own words marked
        java.util.Set<String> claimTerms = Highlighter.termsOf(claimQuery);
        return found.stream().map(e -> new Evidence(e.docId(), e.title(), e.source(), e.published(), e.url(),
                e.passage(), archive.highlighter().highlight(e.passage(), claimTerms), e.score(), e.stance(),
                e.stanceNote(), e.coverage())).toList();
    }

    /**
     * The first stage of the two-stage search: the claim's single words (with synonyms) on text and
     * title and its numbers, as one flat disjunction that Lucene can prune, without the phrases and
     * proximity that make the full query expensive on every document.
     */
    Query recallQuery(Claim claim) {
        String text = searchText(claim);
        QueryBuilder words = new QueryBuilder(archive.queryTextAnalyzer());
        Query textWords = repeatsAsBoosts(words.createBooleanQuery(ArchiveSchema.TEXT, text));
        Query titleWords = repeatsAsBoosts(words.createBooleanQuery(ArchiveSchema.TITLE, text));
        {
            Set<String> dropped = allButCheapest(textWords, capped(tuning.recallWords()));
            if (dropped != null) {
                textWords = without(textWords, dropped);
                titleWords = without(titleWords, dropped);
            }
        }
        if (tuning.recallMaxShare() > 0) {
            Set<String> dropped = costlierThanLimit(textWords, 3);
            if (dropped != null) {
                textWords = without(textWords, dropped);
                titleWords = without(titleWords, dropped);
            }
        }
        FlatDisjunction b = new FlatDisjunction().add(textWords, 1f).add(titleWords, tuning.recallTitle());
        for (Quantity q : claim.quantities().subList(0, Math.min(MAX_QUERY_EXTRAS, claim.quantities().size()))) {
            b.add(new TermQuery(new Term(ArchiveSchema.NUMBERS, NumberNormalizer.tokenFor(q.value()))),
                    tuning.numberBoost());
        }
        return b.isEmpty() ? new MatchNoDocsQuery("claim has no searchable words") : b.build();
    }

    /** The claim as a query: words (with synonyms) on text and title, numbers, speaker, agreement. */
    public Query buildQuery(Claim claim) {
        String text = searchText(claim);
        QueryBuilder words = new QueryBuilder(archive.queryTextAnalyzer());
        words.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Query textWords = repeatsAsBoosts(words.createBooleanQuery(ArchiveSchema.TEXT, text));
        Query titleWords = repeatsAsBoosts(words.createBooleanQuery(ArchiveSchema.TITLE, text));
        {
            Set<String> dropped = allButCheapest(textWords, capped(tuning.maxWords()));
            if (dropped != null) {
                textWords = without(textWords, dropped);
                titleWords = without(titleWords, dropped);
            }
        }
        add(b, textWords, 1f);
        add(b, titleWords, tuning.titleBoost());
        if (tuning.phraseBoost() > 0) {
            add(b, Proximity.adjacentPairs(ArchiveSchema.textAnalyzer(), ArchiveSchema.TEXT, text), tuning.phraseBoost());
        }

        // the claim's quantities only: days of the month and years match too much to be worth a boost
        Set<String> numbers = new LinkedHashSet<>();
        for (Quantity q : claim.quantities()) {
            if (numbers.size() < MAX_QUERY_EXTRAS) {
                numbers.add(NumberNormalizer.tokenFor(q.value()));
            }
        }
        if (tuning.nameBoost() > 0) {
            // each neighbouring pair inside a name, as written: "Russian Federation Council" also finds "the Federation Council"
            QueryBuilder plain = new QueryBuilder(ArchiveSchema.textAnalyzer());
            Set<String> pairs = new LinkedHashSet<>();
            for (String name : names(text)) {
                String[] w = name.split("\\s+");
                for (int i = 0; i + 1 < w.length && pairs.size() < MAX_QUERY_EXTRAS; i++) {
                    pairs.add(w[i] + " " + w[i + 1]);
                }
            }
            for (String pair : pairs) {
                add(b, plain.createPhraseQuery(ArchiveSchema.TEXT, pair), tuning.nameBoost());
            }
        }
        for (String n : numbers) {
            add(b, new TermQuery(new Term(ArchiveSchema.NUMBERS, n)), tuning.numberBoost());
        }
        // "One official" or "Many sources" as a phrase would only favour documents that use the same words
        if (Speakers.namesSomeone(claim.speaker())) {
            add(b, words.createPhraseQuery(ArchiveSchema.TEXT, claim.speaker()), tuning.speakerBoost());
        }
        if (claim.agreement() != null) {
            add(b, words.createBooleanQuery(ArchiveSchema.TEXT, claim.agreement().agreement()), 1f);
            for (String party : claim.agreement().parties()) {
                add(b, words.createBooleanQuery(ArchiveSchema.TEXT, party), 0.5f);
            }
        }
        BooleanQuery q = b.build();
        return q.clauses().isEmpty() ? new MatchNoDocsQuery("claim has no searchable words") : q;
    }

    private static final Pattern NAME = Pattern.compile(
            "\\b\\p{Lu}[\\p{Ll}’'.-]+(?:\\s+\\p{Lu}[\\p{Ll}’'.-]+){1,3}");

    /** Names of two to four capitalised words ("Federation Council", "Choe Son Hui"). */
    static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        var m = NAME.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * A word repeated in the claim gives one clause boosted by its count instead of one clause per
     * occurrence: the same scores (a sum of equal clauses), fewer scorers to run.
     */
    static Query repeatsAsBoosts(Query q) {
        if (!(q instanceof BooleanQuery bq) || bq.getMinimumNumberShouldMatch() != 0
                || bq.clauses().stream().anyMatch(c -> c.occur() != Occur.SHOULD)) {
            return q;
        }
        java.util.Map<Query, Integer> counts = new java.util.LinkedHashMap<>();
        for (var c : bq.clauses()) {
            counts.merge(c.query(), 1, Integer::sum);
        }
        if (counts.size() == bq.clauses().size()) {
            return q;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        counts.forEach((clause, n) -> b.add(n == 1 ? clause : new BoostQuery(clause, n), Occur.SHOULD));
        return b.build();
    }

    /** A tuning's word limit (0 = all) within {@link #MAX_QUERY_WORDS}. */
    private static int capped(int maxWords) {
        return maxWords > 0 ? Math.min(maxWords, MAX_QUERY_WORDS) : MAX_QUERY_WORDS;
    }

    /** The words of all but the {@code max} cheapest clauses (see {@link #clausesCheapestFirst}), or null when none. */
    private Set<String> allButCheapest(Query words, int max) {
        if (!(words instanceof BooleanQuery bq) || bq.clauses().size() <= max) {
            return null; // within the limit: no need to look the words up
        }
        List<String> keys = new ArrayList<>(clausesCheapestFirst(words).keySet());
        return keys.size() <= max ? null : new java.util.HashSet<>(keys.subList(max, keys.size()));
    }

    /** Words in more documents than this are left out of the first stages (see Tuning.recallMaxShare). */
    private long wordDocLimit() {
        try {
            return (long) Math.max(tuning.recallMaxShare() * archive.documentCount(), CHEAP_WORD_DOCS);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the archive: " + e.getMessage(), e);
        }
    }

    /**
     * The words of the clauses that walk more than {@code wordDocLimit()} documents, except the {@code min}
     * cheapest clauses; null when there are none.
     */
    private Set<String> costlierThanLimit(Query words, int min) {
        long limit = wordDocLimit();
        Set<String> dropped = new java.util.HashSet<>();
        int i = 0;
        for (var e : clausesCheapestFirst(words).entrySet()) {
            if (i++ >= min && e.getValue() > limit) {
                dropped.add(e.getKey());
            }
        }
        return dropped.isEmpty() ? null : dropped;
    }

    /**
     * A disjunction's clauses, each named by its words whatever the field ({@link #wordsOf}), cheapest
     * first, with the documents a search walks for it ({@link #postingsCost}). Phrases and other queries
     * are left out.
     */
    private java.util.LinkedHashMap<String, Long> clausesCheapestFirst(Query words) {
        // in the claim's order, so that equally cheap clauses keep it (the sort is stable)
        java.util.Map<String, Long> cost = new java.util.LinkedHashMap<>();
        if (words instanceof BooleanQuery bq) {
            try {
                for (var c : bq.clauses()) {
                    Query q = unboosted(c.query());
                    String key = wordsOf(q);
                    if (key != null) {
                        cost.put(key, postingsCost(q));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the archive: " + e.getMessage(), e);
            }
        }
        java.util.LinkedHashMap<String, Long> out = new java.util.LinkedHashMap<>();
        cost.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * The documents a search walks for a word clause (one that {@link #wordsOf} names), counted in the text
     * field: a word's documents; a synonym group's, the sum over its words.
     */
    private long postingsCost(Query q) throws IOException {
        return switch (q) {
            case TermQuery tq -> docFreq(tq.getTerm());
            case SynonymQuery sq -> {
                long sum = 0;
                for (Term t : sq.getTerms()) {
                    sum += docFreq(t);
                }
                yield sum;
            }
            default -> throw new IllegalArgumentException("not a word clause: " + q);
        };
    }

    /** A word's documents in the text field, whatever field the term is on. */
    private int docFreq(Term t) throws IOException {
        return archive.docFreq(new Term(ArchiveSchema.TEXT, t.text()));
    }

    /** The query inside any boosts (a feedback word or a claim word as the first stage weighs it). */
    static Query unboosted(Query q) {
        return q instanceof BoostQuery b ? unboosted(b.getQuery()) : q;
    }

    /**
     * The words of a word clause, the same on text and title: "troop" for a word, "soldier|troop" for a
     * synonym group; null for other clauses. Groups with multi-word synonyms ("state duma, lower house")
     * stay null, so always searched: measured on basil dev, leaving the common ones out cost R@10 0.9815 -> 0.9778.
     */
    private static String wordsOf(Query q) {
        return switch (q) {
            case TermQuery tq -> tq.getTerm().text();
            case SynonymQuery sq -> String.join("|", sq.getTerms().stream().map(Term::text).sorted().toList());
            default -> null;
        };
    }

    /** The clauses but those whose words are in {@code dropped}. */
    private static Query without(Query words, Set<String> dropped) {
        if (!(words instanceof BooleanQuery bq)) {
            return words;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (var c : bq.clauses()) {
            String key = wordsOf(unboosted(c.query()));
            if (key == null || !dropped.contains(key)) {
                b.add(c);
            }
        }
        return b.build();
    }

    private static void add(BooleanQuery.Builder b, Query q, float boost) {
        if (q == null || boost <= 0) {
            return;
        }
        b.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
    }

    /**
     * Social-media text as words: links and the signature's handle dropped, other handles and hashtags split
     * ("#DefundTheCBC" -> "Defund The CBC").
     */
    static String cleanText(String text) {
        String t = URL.matcher(text).replaceAll(" ");
        // the poster's handle in a post's signature "— Name (@handle) date" names the account, not what it claims
        t = SIGNATURE_HANDLE.matcher(t).replaceAll(" $1");
        t = HANDLE.matcher(t).replaceAll(m -> " " + CAMEL.matcher(m.group().substring(1)).replaceAll(" ") + " ");
        t = HASHTAG.matcher(t).replaceAll(m -> " " + CAMEL.matcher(m.group(1)).replaceAll(" ") + " ");
        return t;
    }

    /**
     * The claim's words as the searches read them ({@link #cleanText}). A claim of more than
     * {@link #MAX_QUERY_TOKENS} words, or of more than {@link #MAX_QUERY_WORDS} different ones, is reduced to its
     * different words, each once and in their order, and to the rarest of them in the archive when there are too
     * many (words the archive lacks last: they find nothing), so that every query built from it stays within
     * Lucene's clause and graph limits. Normal claims come back whole.
     */
    String searchText(Claim claim) {
        String text = cleanText(claim.text());
        List<String> words = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        java.util.Set<String> distinct = new java.util.HashSet<>();
        int tokens = 0;
        try (var ts = ArchiveSchema.textAnalyzer().tokenStream(ArchiveSchema.TEXT, text)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            var offset = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens++;
                String t = term.toString();
                if (distinct.add(t)) {
                    terms.add(t);
                    words.add(text.substring(offset.startOffset(), offset.endOffset()));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory text: does not happen
        }
        if (tokens <= MAX_QUERY_TOKENS && terms.size() <= MAX_QUERY_WORDS) {
            return text;
        }
        boolean[] keep = new boolean[terms.size()];
        if (terms.size() <= MAX_QUERY_WORDS) {
            java.util.Arrays.fill(keep, true);
        } else {
            Integer[] order = new Integer[terms.size()];
            long[] cost = new long[terms.size()];
            try {
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                    int df = docFreq(new Term(ArchiveSchema.TEXT, terms.get(i)));
                    cost[i] = df == 0 ? Long.MAX_VALUE : df;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the archive: " + e.getMessage(), e);
            }
            java.util.Arrays.sort(order, java.util.Comparator.comparingLong(i -> cost[i])); // stable: ties keep text order
            for (int i = 0; i < MAX_QUERY_WORDS; i++) {
                keep[order[i]] = true;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            if (keep[i]) {
                out.append(out.isEmpty() ? "" : " ").append(words.get(i));
            }
        }
        return out.toString();
    }

    static int maxClauses() {
        return IndexSearcher.getMaxClauseCount();
    }
}
