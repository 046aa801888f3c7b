package org.factdesk.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a sentence into a sparse feature vector for the check-worthiness model: hashed word uni/bi-grams,
 * hashed character n-grams, and a few hand features (numbers, comparisons, speech verbs, person, modality...).
 *
 * <p>Each hashed block is L2-normalised on its own so that long sentences do not dominate, and the hand
 * features sit in reserved slots after the hashed space. Stateless and thread-safe.
 *
 * @param hashBits     size of the hashed space is {@code 2^hashBits}
 * @param wordNgramMax largest word n-gram (1..3)
 * @param charNgramMin smallest character n-gram (0 = no character n-grams)
 * @param charNgramMax largest character n-gram
 * @param shapeNgramMax largest n-gram over word shapes (0 = none): function words kept, other words reduced to
 *                      a coarse class (capitalised name, number, -ed, -ing, -ly, -s, other), a crude stand-in for
 *                      part-of-speech patterns that carries across topics and years better than the words do
 */
public record CheckWorthinessFeatures(int hashBits, int wordNgramMax, int charNgramMin, int charNgramMax,
                                      int shapeNgramMax) {

    /** A sparse vector: parallel arrays of slot indices and values (a slot may occur more than once). */
    public record Sparse(int[] index, float[] value) {
        public int size() {
            return index.length;
        }
    }

    public CheckWorthinessFeatures {
        if (hashBits < 10 || hashBits > 26) throw new IllegalArgumentException("hashBits out of range: " + hashBits);
        if (wordNgramMax < 1 || wordNgramMax > 3) throw new IllegalArgumentException("wordNgramMax must be 1..3");
        if (charNgramMin < 0 || charNgramMax < charNgramMin) throw new IllegalArgumentException("bad char n-gram range");
        if (shapeNgramMax < 0 || shapeNgramMax > 4) throw new IllegalArgumentException("shapeNgramMax must be 0..4");
    }

    /** Names of the hand features, in slot order after the hashed space. */
    public static final List<String> HAND_FEATURES = List.of(
            "has_number", "number_count", "percent", "money", "year", "comparative", "superlative",
            "speech_or_action_verb", "first_person_singular", "first_person_plural", "second_person",
            "question", "modal_or_opinion", "proper_nouns", "len_1_5", "len_6_10", "len_11_20", "len_21_35",
            "len_36_plus", "exclamation", "pleasantry", "negation", "past_tense", "bias");

    private static final Pattern TOKEN = Pattern.compile(
            "\\d+(?:[.,:/]\\d+)*|\\p{L}+(?:['’]\\p{L}+)*|[$%?!€£]");
    private static final Set<String> COMPARATIVE = Set.of("than", "more", "less", "fewer", "higher", "lower",
            "bigger", "smaller", "larger", "faster", "slower", "increase", "increased", "decrease", "decreased",
            "doubled", "tripled", "cut", "rise", "rose", "fell", "drop", "dropped", "grew", "grown", "compared");
    private static final Set<String> SUPERLATIVE = Set.of("most", "least", "largest", "biggest", "highest",
            "lowest", "first", "only", "best", "worst", "record", "ever", "never", "every", "all", "none");
    private static final Set<String> ACTION_VERBS = Set.of("said", "says", "say", "voted", "vote", "votes",
            "supported", "opposed", "proposed", "passed", "signed", "created", "lost", "spent", "raised",
            "cut", "paid", "pays", "called", "promised", "claimed", "admitted", "reported", "announced", "wrote",
            "killed", "died", "invaded", "elected", "won", "borrowed", "owes", "costs", "cost", "banned");
    private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my", "mine", "i'm", "i've", "i'll",
            "i'd", "myself");
    private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our", "ours", "we're", "we've", "we'll",
            "we'd", "ourselves", "let's");
    private static final Set<String> SECOND = Set.of("you", "your", "yours", "you're", "you've", "you'll",
            "you'd", "yourself");
    private static final Set<String> MODAL = Set.of("should", "must", "would", "could", "might", "may", "will",
            "think", "believe", "hope", "want", "feel", "wish", "going", "gonna", "need", "ought", "can", "let",
            "i'll", "we'll", "i'd", "we'd", "maybe", "perhaps", "probably", "opinion");
    private static final Set<String> PLEASANTRY = Set.of("thank", "thanks", "congratulations", "hello",
            "please", "pleasure", "welcome", "honored", "honoured", "applause", "laughter", "goodnight", "bless");
    private static final Set<String> NEGATION = Set.of("not", "no", "never", "don't", "didn't", "doesn't",
            "isn't", "wasn't", "won't", "can't", "cannot", "nobody", "nothing", "aren't", "weren't");
    private static final Set<String> MONEY = Set.of("$", "€", "£", "dollars", "dollar", "million", "billion",
            "trillion", "cents", "budget", "deficit", "debt", "tax", "taxes");

    public int hashedSize() {
        return 1 << hashBits;
    }

    public int dimension() {
        return hashedSize() + HAND_FEATURES.size();
    }

    /** Lower-cased tokens with numbers kept as written (the word n-grams map them to shapes). */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        return out;
    }

    /** The word n-gram form of a token: digits become a shape so 1,200 and 3,400 share a feature. */
    private static String wordForm(String token) {
        if (!Character.isDigit(token.charAt(0))) return token;
        if (token.length() == 4 && (token.startsWith("19") || token.startsWith("20"))) return "<year>";
        return token.indexOf('.') >= 0 || token.indexOf(',') >= 0 ? "<num.>" : "<num>";
    }

    public Sparse extract(String sentence) {
        String text = sentence == null ? "" : sentence.strip();
        List<String> toks = tokens(text);
        SparseBuilder b = new SparseBuilder(hashedSize());

        // word n-grams with sentence boundary markers
        List<String> words = new ArrayList<>(toks.size() + 2);
        words.add("<s>");
        for (String t : toks) words.add(wordForm(t));
        words.add("</s>");
        int start = b.size();
        for (int i = 1; i < words.size() - 1; i++) b.add(hash(1, words.get(i)));
        normalise(b, start);
        if (wordNgramMax >= 2) {
            start = b.size();
            for (int i = 0; i + 1 < words.size(); i++) b.add(combine(hash(2, words.get(i)), hash(2, words.get(i + 1))));
            normalise(b, start);
        }
        if (wordNgramMax >= 3) {
            start = b.size();
            for (int i = 0; i + 2 < words.size(); i++)
                b.add(combine(combine(hash(3, words.get(i)), hash(3, words.get(i + 1))), hash(3, words.get(i + 2))));
            normalise(b, start);
        }
        // character n-grams over the lower-cased text with digits folded
        if (charNgramMin > 0) {
            start = b.size();
            String chars = " " + foldForChars(text) + " ";
            for (int n = charNgramMin; n <= charNgramMax; n++)
                for (int i = 0; i + n <= chars.length(); i++) b.add(hash(10 + n, chars, i, i + n));
            normalise(b, start);
        }
        if (shapeNgramMax > 0) {
            List<String> shapes = shapes(text);
            start = b.size();
            for (int n = 2; n <= shapeNgramMax; n++)
                for (int i = 0; i + n <= shapes.size(); i++) {
                    int h = hash(20 + n, shapes.get(i));
                    for (int k = 1; k < n; k++) h = combine(h, hash(20 + n, shapes.get(i + k)));
                    b.add(h);
                }
            normalise(b, start);
        }
        handFeatures(text, toks, b);
        return b.build();
    }

    private void handFeatures(String text, List<String> toks, SparseBuilder b) {
        int base = hashedSize();
        int numbers = 0, proper = 0, pastTense = 0;
        boolean percent = false, money = false, year = false, comparative = false, superlative = false,
                action = false, first = false, firstPlural = false, second = false, modal = false,
                pleasantry = false, negation = false;
        for (String t : toks) {
            if (Character.isDigit(t.charAt(0))) {
                numbers++;
                if (t.length() == 4 && (t.startsWith("19") || t.startsWith("20"))) year = true;
            }
            percent |= t.equals("%") || t.equals("percent");
            money |= MONEY.contains(t);
            comparative |= COMPARATIVE.contains(t);
            superlative |= SUPERLATIVE.contains(t) || (t.length() > 5 && t.endsWith("est"));
            action |= ACTION_VERBS.contains(t);
            first |= FIRST_SINGULAR.contains(t);
            firstPlural |= FIRST_PLURAL.contains(t);
            second |= SECOND.contains(t);
            modal |= MODAL.contains(t);
            pleasantry |= PLEASANTRY.contains(t);
            negation |= NEGATION.contains(t) || t.endsWith("n't");
            if (t.length() > 4 && t.endsWith("ed")) pastTense++;
        }
        // capitalised words not at the start of the sentence: names, places, organisations
        Matcher m = TOKEN.matcher(text);
        boolean firstToken = true;
        while (m.find()) {
            String g = m.group();
            if (!firstToken && Character.isUpperCase(g.charAt(0)) && !g.equals("I") && !g.startsWith("I'")) proper++;
            firstToken = false;
        }
        int n = toks.size();
        float[] v = new float[HAND_FEATURES.size()];
        v[0] = numbers > 0 ? 1 : 0;
        v[1] = Math.min(numbers, 3) / 3f;
        v[2] = percent ? 1 : 0;
        v[3] = money ? 1 : 0;
        v[4] = year ? 1 : 0;
        v[5] = comparative ? 1 : 0;
        v[6] = superlative ? 1 : 0;
        v[7] = action ? 1 : 0;
        v[8] = first ? 1 : 0;
        v[9] = firstPlural ? 1 : 0;
        v[10] = second ? 1 : 0;
        v[11] = text.indexOf('?') >= 0 ? 1 : 0;
        v[12] = modal ? 1 : 0;
        v[13] = Math.min(proper, 4) / 4f;
        v[14] = n <= 5 ? 1 : 0;
        v[15] = n > 5 && n <= 10 ? 1 : 0;
        v[16] = n > 10 && n <= 20 ? 1 : 0;
        v[17] = n > 20 && n <= 35 ? 1 : 0;
        v[18] = n > 35 ? 1 : 0;
        v[19] = text.indexOf('!') >= 0 ? 1 : 0;
        v[20] = pleasantry ? 1 : 0;
        v[21] = negation ? 1 : 0;
        v[22] = Math.min(pastTense, 3) / 3f;
        v[23] = 1;
        for (int i = 0; i < v.length; i++) if (v[i] != 0) b.addReserved(base + i, v[i]);
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "for", "and",
            "or", "but", "that", "this", "these", "those", "it", "is", "was", "are", "were", "be", "been", "has", "have",
            "had", "do", "does", "did", "not", "no", "i", "we", "you", "he", "she", "they", "my", "our", "your", "his",
            "her", "their", "me", "us", "him", "them", "than", "more", "most", "less", "will", "would", "should",
            "could", "can", "must", "may", "might", "what", "who", "why", "how", "when", "where", "which", "if", "so",
            "because", "there", "here", "all", "every", "any", "some", "many", "much", "percent", "million", "billion",
            "said", "says", "say", "think", "know", "want", "going", "let", "thank", "very", "just", "now", "about",
            "over", "from", "by", "with", "at", "as", "up", "down", "out", "yes", "well", "only", "also", "never",
            "ever", "$", "%", "?", "!", "'s", "n't");

    /** Coarse word classes with sentence markers; see {@code shapeNgramMax}. */
    private static List<String> shapes(String text) {
        List<String> out = new ArrayList<>();
        out.add("<s>");
        Matcher m = TOKEN.matcher(text);
        boolean first = true;
        while (m.find()) {
            String g = m.group();
            String lower = g.toLowerCase(Locale.ROOT).replace('’', '\'');
            String shape;
            if (Character.isDigit(g.charAt(0))) shape = wordForm(g);
            else if (FUNCTION_WORDS.contains(lower)) shape = lower;
            else if (!first && Character.isUpperCase(g.charAt(0))) shape = "<Name>";
            else if (lower.endsWith("ed")) shape = "<-ed>";
            else if (lower.endsWith("ing")) shape = "<-ing>";
            else if (lower.endsWith("ly")) shape = "<-ly>";
            else if (lower.endsWith("s")) shape = "<-s>";
            else shape = "<w>";
            out.add(shape);
            first = false;
        }
        out.add("</s>");
        return out;
    }

    private static String foldForChars(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space) sb.append(' ');
                space = true;
                continue;
            }
            space = false;
            sb.append(Character.isDigit(c) ? '0' : Character.toLowerCase(c));
        }
        return sb.toString();
    }

    private static void normalise(SparseBuilder b, int from) {
        int n = b.size() - from;
        if (n > 0) b.scaleFrom(from, (float) (1 / Math.sqrt(n)));
    }

    private static int hash(int seed, String s) {
        return hash(seed, s, 0, s.length());
    }

    /** FNV-1a over the chars, then a murmur finaliser; no allocation. */
    private static int hash(int seed, CharSequence s, int from, int to) {
        int h = 0x811c9dc5 ^ (seed * 0x9E3779B9);
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x01000193;
        }
        return mix(h);
    }

    private static int combine(int a, int b) {
        return mix(a * 31 + b);
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /** Accumulates hashed slots. */
    private static final class SparseBuilder {
        private final int mask;
        private int[] idx = new int[256];
        private float[] val = new float[256];
        private int n;

        SparseBuilder(int hashedSize) {
            this.mask = hashedSize - 1;
        }

        int size() {
            return n;
        }

        void add(int hash) {
            addReserved(hash & mask, 1f);
        }

        void addReserved(int slot, float value) {
            if (n == idx.length) {
                idx = Arrays.copyOf(idx, n * 2);
                val = Arrays.copyOf(val, n * 2);
            }
            idx[n] = slot;
            val[n++] = value;
        }

        void scaleFrom(int from, float factor) {
            for (int i = from; i < n; i++) val[i] *= factor;
        }

        /** The slots as added: a slot may repeat (a repeated n-gram), which a dot product handles as is. */
        Sparse build() {
            return new Sparse(Arrays.copyOf(idx, n), Arrays.copyOf(val, n));
        }
    }
}
