package org.factdesk.archive;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The archive's index layout: field names, analyzers and the schema version.
 *
 * <p>Each article becomes one "article" document (the whole text, for article-level scoring and for
 * {@code document(id)}) plus one "passage" document per paragraph or window of sentences; all share
 * the article id so that {@code updateDocuments} replaces them together. The version is part of the
 * index folder name: changing analyzers or fields means a new folder, rebuilt from the old one's
 * stored articles, never a mixed index.
 */
public final class ArchiveSchema {
    /** Bump on any change to fields or analysis. */
    public static final int VERSION = 4;
    public static final String FOLDER_PREFIX = "lucene-v";

    /** Article id, shared by the article document and its passages (keyword, stored, doc values). */
    public static final String ID = "id";
    /** "article" or "passage" (keyword). */
    public static final String TYPE = "type";
    public static final String TYPE_ARTICLE = "article";
    public static final String TYPE_PASSAGE = "passage";
    /** A near-duplicate's id pointing at the copy that was kept. */
    public static final String TYPE_ALIAS = "alias";
    /** On alias documents: the id of the kept copy (keyword, stored). */
    public static final String ALIAS_OF = "alias_of";
    /** Title (English text), indexed on article and passage documents. */
    public static final String TITLE = "title";
    /** Article or passage text (English text). */
    public static final String TEXT = "text";
    /** Normalised numbers of the text, as tokens like {@code num_10000} (whitespace). */
    public static final String NUMBERS = "nums";
    /** Outlet (keyword, lowercased; doc values for diversity; stored as written). */
    public static final String SOURCE = "source";
    /** Publication day as epoch day: LongPoint for filters, doc values for decay. */
    public static final String PUBLISHED_DAY = "published_day";
    /** Stored ISO date. */
    public static final String PUBLISHED = "published";
    public static final String URL = "url";
    /** Passage offsets into the article text, stored on passage documents. */
    public static final String PASSAGE_START = "pstart";
    public static final String PASSAGE_END = "pend";
    /** On article documents: the import run that wrote them (keyword), to tell a repeated id within a run. */
    public static final String IMPORT_RUN = "import_run";
    /**
     * On an article imported under "id (2)" ... because a different article of the same import had its id:
     * the id its source gave it (keyword, stored), so that a reference by that id can still be resolved.
     */
    public static final String SOURCE_ID = "source_id";
    /** Hash of the normalised text, for duplicate detection at import (keyword). */
    public static final String TEXT_HASH = "text_hash";

    /**
     * Lucene's English stop words plus common function words (auxiliaries, pronouns, determiners):
     * they carry no evidence and would only light up as highlights.
     */
    public static final CharArraySet STOP_WORDS;

    static {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        set.addAll(List.of("have", "has", "had", "having", "been", "being", "were", "am", "do", "does", "did",
                "doing", "would", "could", "should", "shall", "may", "might", "must", "can", "i", "me", "my", "we",
                "our", "ours", "you", "your", "he", "him", "his", "she", "her", "hers", "its", "them", "theirs",
                "what", "which", "who", "whom", "whose", "those", "from", "about", "so", "than", "too", "very",
                "just", "also", "only", "own", "same", "some", "any", "each", "both", "all", "more", "most",
                "other", "nor", "because", "while", "until", "when", "where", "why", "how", "here", "again",
                "once", "further", "up", "down", "out", "off", "over", "under", "above", "below", "between",
                "through", "during", "before", "after", "against", "within", "without", "s", "t", "don", "now"));
        STOP_WORDS = CharArraySet.unmodifiableSet(set);
    }

    private ArchiveSchema() {
    }

    /** The Lucene folder for this schema version inside the archive folder. */
    public static Path indexFolder(Path archiveDir) {
        return archiveDir.resolve(FOLDER_PREFIX + VERSION);
    }

    public static Similarity similarity() {
        return new BM25Similarity(1.2f, 0.75f);
    }

    /** Analysis of English text: possessives and stop words dropped, Porter stems. */
    public static Analyzer textAnalyzer() {
        return englishAnalyzer(null);
    }

    /** The same analysis plus query-time synonyms (applied before stemming, so rules are plain words). */
    public static Analyzer queryTextAnalyzer(SynonymMap synonyms) {
        return englishAnalyzer(synonyms);
    }

    /** Analyzer for indexing (per field). */
    public static Analyzer indexAnalyzer() {
        return perField(textAnalyzer());
    }

    /** Analyzer for queries (per field), the index analysis plus synonyms on text fields. */
    public static Analyzer queryAnalyzer(SynonymMap synonyms) {
        return perField(queryTextAnalyzer(synonyms));
    }

    private static Analyzer perField(Analyzer text) {
        return new PerFieldAnalyzerWrapper(text, Map.of(
                NUMBERS, new WhitespaceAnalyzer(),
                ID, new KeywordAnalyzer(),
                TYPE, new KeywordAnalyzer(),
                SOURCE, new KeywordAnalyzer(),
                TEXT_HASH, new KeywordAnalyzer(),
                ALIAS_OF, new KeywordAnalyzer(),
                IMPORT_RUN, new KeywordAnalyzer()));
    }

    /** Tokenizer, possessive and lowercase: also used to parse the synonym rules. */
    static Analyzer synonymRuleAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream ts = new EnglishPossessiveFilter(source);
                ts = new LowerCaseFilter(ts);
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    private static Analyzer englishAnalyzer(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream ts = new EnglishPossessiveFilter(source);
                ts = new LowerCaseFilter(ts);
                if (synonyms != null && synonyms.fst != null) {
                    ts = new SynonymGraphFilter(ts, synonyms, true);
                }
                ts = new StopFilter(ts, STOP_WORDS);
                ts = new PorterStemFilter(ts);
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }
}
