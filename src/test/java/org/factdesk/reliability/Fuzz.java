package org.factdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Seeded random and mutated inputs for the {@code *FuzzTest}s (plain JUnit, no fuzzing library). Every case is
 * reproducible from the seed and case number printed on failure:
 * {@code -Dfactdesk.fuzz.seed=N} repeats a run, {@code -Dfactdesk.fuzz.scale=20} runs 20 times as many cases.
 */
final class Fuzz {
    /** Strings that break parsers: JSON/HTML/Markdown/Lucene syntax, odd Unicode, huge numbers, control bytes. */
    static final List<String> TOKENS = List.of("{", "}", "[", "]", "\"", "\\", "\\u", "\\ud800", ":", ",", "\n",
            "\r", "\r\n", "\t", "\u0000", "\u001f", "\u00a0", "\u2028", "\ufeff", "\uffff", "\ud83d\ude00", "\u0301",
            "null", "true", "-", "1e999999", "-0", "99999999999999999999999", "NaN", "<", ">", "</", "<!--", "-->",
            "<![CDATA[", "<script>", "</p>", "<p>", "<html>", "<meta charset=\"x-unknown\">",
            "<meta charset=\"Shift_JIS\">", "&#0;", "&#xD800;", "&amp", "#", "# ", "**", "__", "*", "_", "[](",
            "![", ")", "> ", "- ", "`", "```", "\"id\"", "\"text\"", "\"published\"", "2024-13-45", "0000-00-00",
            "99999-01-01", "T25:61:61Z", "+99:99", "AND", "OR", "NOT", "~", "^", "?", "*?", "(", "/", "/.*/",
            "%", "$", "10,000", "8000-10000", "1/0", "\u0130", "\u00df", "\u03a3");

    private static final long SEED = Long.getLong("factdesk.fuzz.seed", System.nanoTime());
    private static final double SCALE = Double.parseDouble(System.getProperty("factdesk.fuzz.scale", "1"));

    private Fuzz() {
    }

    static long seed() {
        return SEED;
    }

    /** The number of cases for a target: its default in {@code mvn verify}, times the scale property. */
    static int cases(int defaultCases) {
        return Math.max(1, (int) Math.round(defaultCases * SCALE));
    }

    /** One reproducible random per target and case, independent of the order the cases run in. */
    static Random random(String target, int caseNo) {
        return new Random(SEED * 31 + target.hashCode() * 1_000_003L + caseNo);
    }

    static String where(String target, int caseNo) {
        return target + " case " + caseNo + " (-Dfactdesk.fuzz.seed=" + SEED + ")";
    }

    /** Runs one case with a time limit, so that a hang fails instead of stalling the build. */
    static <T> T withTimeout(Duration limit, String where, ThrowingSupplier<T> body) {
        return assertTimeoutPreemptively(limit, body, () -> "hang: " + where);
    }

    /** The exception a parser may throw for bad input: the expected type, with a message a person can read. */
    static void assertUserFacing(Throwable t, String where, byte[] input, List<Class<? extends Throwable>> allowed) {
        boolean ok = allowed.stream().anyMatch(c -> c.isInstance(t));
        if (!ok) {
            throw new AssertionError("unexpected " + t + " in " + where + "; input: " + describe(input), t);
        }
        assertThat(t.getMessage()).as("message of %s in %s; input: %s", t, where, describe(input))
                .isNotBlank();
    }

    /** A short printable form of an input for a failure message (hex for the first bytes if binary). */
    static String describe(byte[] input) {
        if (input == null) {
            return "(none)";
        }
        byte[] head = Arrays.copyOf(input, Math.min(input.length, 400));
        String text = new String(head, StandardCharsets.UTF_8);
        boolean printable = text.chars().allMatch(c -> c >= 0x20 || c == '\n' || c == '\t' || c == '\r');
        return input.length + " bytes: " + (printable ? "\"" + text + "\"" : "hex " + HexFormat.of().formatHex(head));
    }

    static byte[] randomBytes(Random r, int maxLength) {
        byte[] b = new byte[r.nextInt(maxLength + 1)];
        r.nextBytes(b);
        return b;
    }

    /** Random text from the token list, letters and spaces: reaches deeper into text parsers than random bytes. */
    static String randomText(Random r, int maxTokens) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(maxTokens + 1);
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(4)) {
                case 0 -> sb.append(TOKENS.get(r.nextInt(TOKENS.size())));
                case 1 -> sb.append(' ');
                default -> {
                    int len = 1 + r.nextInt(8);
                    for (int k = 0; k < len; k++) {
                        sb.append((char) ('a' + r.nextInt(26)));
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Applies 1..maxEdits random edits: bit flips, byte changes, deletions, duplications, tokens, truncation. */
    static byte[] mutate(Random r, byte[] seed, int maxEdits) {
        byte[] b = seed.clone();
        int edits = 1 + r.nextInt(maxEdits);
        for (int e = 0; e < edits; e++) {
            int pos = b.length == 0 ? 0 : r.nextInt(b.length);
            switch (r.nextInt(8)) {
                case 0 -> {
                    if (b.length > 0) {
                        b[pos] ^= (byte) (1 << r.nextInt(8));
                    }
                }
                case 1 -> {
                    if (b.length > 0) {
                        b[pos] = (byte) r.nextInt(256);
                    }
                }
                case 2 -> b = delete(b, pos, 1 + r.nextInt(Math.max(1, Math.min(64, b.length - pos))));
                case 3 -> b = insert(b, pos, TOKENS.get(r.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8));
                case 4 -> {
                    int len = 1 + r.nextInt(Math.max(1, Math.min(256, b.length - pos)));
                    byte[] chunk = Arrays.copyOfRange(b, pos, Math.min(b.length, pos + len));
                    b = insert(b, r.nextInt(b.length + 1), chunk);
                }
                case 5 -> b = Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length + 1));
                case 6 -> {
                    byte[] junk = new byte[1 + r.nextInt(16)];
                    r.nextBytes(junk);
                    b = insert(b, pos, junk);
                }
                default -> {
                    // a run of one character: deep nesting, long lines
                    byte c = "[{<(\"#*>-\\".getBytes(StandardCharsets.US_ASCII)[r.nextInt(10)];
                    byte[] run = new byte[1 + r.nextInt(r.nextInt(10) == 0 ? 5000 : 50)];
                    Arrays.fill(run, c);
                    b = insert(b, pos, run);
                }
            }
        }
        return b;
    }

    static String mutate(Random r, String seed, int maxEdits) {
        return new String(mutate(r, seed.getBytes(StandardCharsets.UTF_8), maxEdits), StandardCharsets.UTF_8);
    }

    private static byte[] insert(byte[] b, int pos, byte[] what) {
        byte[] out = new byte[b.length + what.length];
        System.arraycopy(b, 0, out, 0, pos);
        System.arraycopy(what, 0, out, pos, what.length);
        System.arraycopy(b, pos, out, pos + what.length, b.length - pos);
        return out;
    }

    private static byte[] delete(byte[] b, int pos, int len) {
        len = Math.min(len, b.length - pos);
        byte[] out = new byte[b.length - len];
        System.arraycopy(b, 0, out, 0, pos);
        System.arraycopy(b, pos + len, out, pos, b.length - pos - len);
        return out;
    }
}
