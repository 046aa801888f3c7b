package org.factdesk.archive;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The articles that some hits (articles or passages) belong to, with their passages. An article is
 * indexed as one block (see {@link Archive#documentsFor}): its document, then its passages, all with
 * its id, and Lucene keeps a block's documents adjacent; so an article's documents are the live
 * neighbours of a hit that carry the same id. Articles are in ascending document order.
 */
final class ArticleBlocks {
    private final int[] articleDocs;
    private final String[] ids;
    /** Article i's passages are passageDocs[firstPassage[i] .. firstPassage[i + 1]). */
    private final int[] firstPassage;
    private final int[] passageDocs;
    private final int[] owner;

    private ArticleBlocks(int[] articleDocs, String[] ids, int[] firstPassage, int[] passageDocs, int[] owner) {
        this.articleDocs = articleDocs;
        this.ids = ids;
        this.firstPassage = firstPassage;
        this.passageDocs = passageDocs;
        this.owner = owner;
    }

    static ArticleBlocks of(IndexReader reader, ScoreDoc[] hits) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        TreeMap<Integer, int[]> blocks = new TreeMap<>(); // first doc -> {first doc, end doc}
        TreeMap<Integer, String> idOf = new TreeMap<>();
        for (ScoreDoc hit : hits) {
            var covering = blocks.floorEntry(hit.doc);
            if (covering != null && hit.doc < covering.getValue()[1]) {
                continue;
            }
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            int local = hit.doc - leaf.docBase;
            SortedDocValues forward = DocValues.getSorted(leaf.reader(), ArchiveSchema.ID);
            if (!forward.advanceExact(local)) {
                continue;
            }
            int ord = forward.ordValue();
            Bits live = leaf.reader().getLiveDocs();
            int first = firstOfBlock(leaf, local, ord, live);
            int end = local + 1;
            while (end < leaf.reader().maxDoc() && sameArticle(end, ord, live, forward)) {
                end++;
            }
            blocks.put(leaf.docBase + first, new int[] {leaf.docBase + first, leaf.docBase + end});
            idOf.put(leaf.docBase + first, forward.lookupOrd(ord).utf8ToString());
        }
        int n = blocks.size();
        int[] articleDocs = new int[n];
        String[] ids = new String[n];
        int[] firstPassage = new int[n + 1];
        List<Integer> passages = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        int i = 0;
        for (int[] b : blocks.values()) {
            articleDocs[i] = b[0];
            ids[i] = idOf.get(b[0]);
            firstPassage[i] = passages.size();
            for (int d = b[0] + 1; d < b[1]; d++) {
                passages.add(d);
                owners.add(i);
            }
            i++;
        }
        firstPassage[n] = passages.size();
        return new ArticleBlocks(articleDocs, ids, firstPassage,
                passages.stream().mapToInt(Integer::intValue).toArray(), owners.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * The first document of the block holding leaf document {@code local} (id ordinal {@code ord}). Doc values
     * iterate forwards only, so a window before the document is read forwards, one iterator per window,
     * instead of a fresh iterator for each step back; the window doubles while the whole of it is in the block.
     */
    private static int firstOfBlock(LeafReaderContext leaf, int local, int ord, Bits live) throws IOException {
        int window = 32;
        while (true) {
            int from = Math.max(0, local - window);
            SortedDocValues values = DocValues.getSorted(leaf.reader(), ArchiveSchema.ID);
            int first = from;
            for (int doc = from; doc < local; doc++) {
                if (!sameArticle(doc, ord, live, values)) {
                    first = doc + 1;
                }
            }
            if (first > from || from == 0) {
                return first;
            }
            window *= 2;
        }
    }

    /** Whether leaf document {@code doc} is live and has the id ordinal {@code ord} (docs asked in ascending order). */
    private static boolean sameArticle(int doc, int ord, Bits live, SortedDocValues values) throws IOException {
        if (live != null && !live.get(doc)) {
            return false;
        }
        return values.advanceExact(doc) && values.ordValue() == ord;
    }

    int size() {
        return articleDocs.length;
    }

    /** Article documents, ascending. */
    int[] articleDocs() {
        return articleDocs;
    }

    String id(int article) {
        return ids[article];
    }

    /** The articles' documents and their passages', ascending. */
    int[] allDocs() {
        int[] all = new int[articleDocs.length + passageDocs.length];
        System.arraycopy(articleDocs, 0, all, 0, articleDocs.length);
        System.arraycopy(passageDocs, 0, all, articleDocs.length, passageDocs.length);
        java.util.Arrays.sort(all);
        return all;
    }

    /** Passage documents of all articles, ascending. */
    int[] passageDocs() {
        return passageDocs;
    }

    int firstPassage(int article) {
        return firstPassage[article];
    }

    int endPassage(int article) {
        return firstPassage[article + 1];
    }

    /** The article (index) a position in {@link #passageDocs()} belongs to. */
    int ownerOfPassage(int passage) {
        return owner[passage];
    }
}
