package org.factdesk.archive;

/**
 * How an evidence finder ranks: the knobs the team measures (decision 0048). The product uses {@link #DEFAULT};
 * evaluations and trainers pass others explicitly, so no search depends on a process-wide switch and two settings can
 * be compared in one process over one archive.
 *
 * @param tuning          query building, BM25, feedback and two-stage search ({@link EvidenceFinder.Tuning})
 * @param fusion          how vector similarity is fused into searches of dense archives ({@link DenseFusion.Params})
 * @param rerank          the learned last stage on (false: the first stages' ranking alone, for comparisons)
 * @param passageCosines  relevance also computes the claim-passage MiniLM cosine ("passageCosine") when its model
 *                        does not use it (training a relevance model that might); a model that uses it always gets it
 */
public record EvidenceSettings(EvidenceFinder.Tuning tuning, DenseFusion.Params fusion, boolean rerank,
                               boolean passageCosines) {
    public static final EvidenceSettings DEFAULT = new EvidenceSettings(EvidenceFinder.Tuning.DEFAULT,
            DenseFusion.Params.DEFAULT, true, false);

    public EvidenceSettings {
        if (tuning == null || fusion == null) {
            throw new IllegalArgumentException("evidence settings need a tuning and a dense fusion (use the DEFAULTs)");
        }
    }

    /** The defaults with this tuning. */
    public static EvidenceSettings of(EvidenceFinder.Tuning tuning) {
        return DEFAULT.withTuning(tuning);
    }

    public EvidenceSettings withTuning(EvidenceFinder.Tuning t) {
        return new EvidenceSettings(t, fusion, rerank, passageCosines);
    }

    public EvidenceSettings withFusion(DenseFusion.Params f) {
        return new EvidenceSettings(tuning, f, rerank, passageCosines);
    }

    public EvidenceSettings withRerank(boolean on) {
        return new EvidenceSettings(tuning, fusion, on, passageCosines);
    }

    public EvidenceSettings withPassageCosines(boolean on) {
        return new EvidenceSettings(tuning, fusion, rerank, on);
    }
}
