package org.factdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdesk.archive.Archive;
import org.factdesk.archive.ArchiveQueryException;
import org.factdesk.archive.ImportProblem;
import org.factdesk.archive.ImportReport;
import org.factdesk.model.Evidence;
import org.factdesk.task.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing prior articles from random and mutated input: JSONL files with broken lines, folders with odd files,
 * single article files, and searches in Lucene syntax. An import returns a report (problems with their place and a
 * message) or refuses with an {@link IOException} that says why; a search returns hits or an
 * {@link ArchiveQueryException}; nothing else is thrown, nothing hangs, and the archive stays usable and counts
 * exactly what the reports say was added.
 */
class ArchiveImportFuzzTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FILE_NAMES = List.of("a.txt", "b.md", "c.html", "d.htm", "e.markdown",
            "f.jsonl", "g.pdf", "h.csv", "i.xml", "j.bin", "K.TXT", "\u00fcml\u00e4ut.md", ".hidden.txt", "noext",
            "sp ace.html");

    @TempDir
    static Path dir;
    static Archive archive;
    static List<String> seedLines = new ArrayList<>();

    @BeforeAll
    static void open() throws IOException {
        archive = Archive.open(dir.resolve("archive"));
        importSentinels();
        try (InputStream in = ArchiveImportFuzzTest.class.getResourceAsStream("/factdesk/demo/archive.jsonl")) {
            if (in != null) {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    r.lines().limit(4).forEach(seedLines::add);
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", "fuzz-" + i);
            o.put("title", "Ministry counts " + (i + 2) + ",000 ships");
            o.put("text", "The ministry said on 6 November that " + (i + 2) + ",000 ships had docked.\n\nOthers disagreed.");
            o.put("source", "Fuzz Wire");
            o.put("published", i == 0 ? "2024-11-06" : i == 1 ? "2024-11-06T10:00:00Z" : "6 November 2024");
            o.put("url", "https://example.org/" + i);
            seedLines.add(JSON.writeValueAsString(o));
        }
    }

    /** Articles imported before any case: every case must leave them as they were. */
    static final List<org.factdesk.model.Article> SENTINELS = new ArrayList<>();

    static void importSentinels() throws IOException {
        for (int i = 0; i < 10; i++) {
            SENTINELS.add(new org.factdesk.model.Article("sentinel-" + i, "Sentinel report " + i, "The harbour office"
                    + " counted " + (100 + i) + " ships, said dispatch qzsentinel" + i + "x.\n\nNothing else happened.",
                    "Sentinel Wire", java.time.LocalDate.of(2024, 5, 1 + i), "https://example.org/sentinel/" + i));
        }
        archive.importDocuments(SENTINELS, Progress.NONE);
    }

    /** Nothing imported earlier was lost or changed by the case: every sentinel, whole, and found by its word. */
    static void assertSentinelsKept(String where) throws IOException {
        for (org.factdesk.model.Article a : SENTINELS) {
            assertThat(archive.document(a.id())).as("%s kept after %s", a.id(), where).contains(a);
        }
        assertThat(archive.search("qzsentinel7x", 3)).as("sentinel found after %s", where)
                .extracting(Evidence::docId).contains("sentinel-7");
    }

    @AfterAll
    static void close() throws IOException {
        if (archive != null) {
            archive.close();
        }
    }

    @Test
    void mutatedJsonlIsImportedOrReportedLineByLine() throws IOException {
        int cases = Fuzz.cases(150);
        int problems = 0;
        for (int c = 0; c < cases; c++) {
            Random r = Fuzz.random("jsonl", c);
            String where = Fuzz.where("Archive.importPath(jsonl)", c);
            StringBuilder seed = new StringBuilder();
            int lines = 1 + r.nextInt(6);
            for (int i = 0; i < lines; i++) {
                seed.append(seedLines.get(r.nextInt(seedLines.size()))).append(r.nextInt(6) == 0 ? "\r\n" : "\n");
            }
            byte[] bytes = r.nextInt(10) == 0 ? Fuzz.randomBytes(r, 2000)
                    : Fuzz.mutate(r, seed.toString().getBytes(StandardCharsets.UTF_8), 10);
            String ext = List.of(".jsonl", ".ndjson", ".json").get(r.nextInt(3));
            Path file = Files.write(dir.resolve("in-" + c + ext), bytes);
            problems += importAndCheck(file, where, bytes);
            Files.delete(file);
        }
        System.out.printf("ArchiveImportFuzzTest jsonl: cases=%d problems-reported=%d archive=%d seed=%d%n",
                cases, problems, archive.size(), Fuzz.seed());
    }

    @Test
    void foldersWithOddFilesAreImportedOrReported() throws IOException {
        int cases = Fuzz.cases(50);
        int problems = 0;
        for (int c = 0; c < cases; c++) {
            Random r = Fuzz.random("folder", c);
            String where = Fuzz.where("Archive.importPath(folder)", c);
            Path folder = Files.createDirectories(dir.resolve("folder-" + c));
            int files = r.nextInt(6);
            for (int i = 0; i < files; i++) {
                Path parent = r.nextInt(4) == 0 ? Files.createDirectories(folder.resolve("sub" + r.nextInt(2))) : folder;
                String name = i + FILE_NAMES.get(r.nextInt(FILE_NAMES.size()));
                Files.write(parent.resolve(name), fileContent(r));
            }
            if (r.nextInt(5) == 0) {
                Files.createDirectories(folder.resolve("empty"));
            }
            if (r.nextInt(8) == 0) {
                Files.createSymbolicLink(folder.resolve("loop"), folder); // Files.walk must not follow it forever
            }
            if (r.nextInt(8) == 0) {
                Files.createSymbolicLink(folder.resolve("dangling.txt"), folder.resolve("gone.txt"));
            }
            problems += importAndCheck(folder, where, null);
        }
        System.out.printf("ArchiveImportFuzzTest folders: cases=%d problems-reported=%d seed=%d%n", cases, problems,
                Fuzz.seed());
    }

    @Test
    void singleFilesOfEveryKindAreImportedOrRefused() throws IOException {
        int cases = Fuzz.cases(60);
        for (int c = 0; c < cases; c++) {
            Random r = Fuzz.random("file", c);
            String where = Fuzz.where("Archive.importPath(file)", c);
            byte[] bytes = fileContent(r);
            Path file = Files.write(dir.resolve("single-" + c + "-" + FILE_NAMES.get(r.nextInt(FILE_NAMES.size()))),
                    bytes);
            importAndCheck(file, where, bytes);
        }
    }

    static final String CSV = """
            id,title,text,source,published,url
            c1,Troops arrive,"About 10,000 soldiers arrived, officials said.",Wire,2024-10-28,https://example.org/c1
            c2,"Treaty \"\"ratified\"\"","The council voted on 6 November.
            A second paragraph.",Ledger,6 November 2024,
            c3,Harvest,The wheat harvest was the largest in a decade.,,,
            """;

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire</title>
            <item><title>Troops arrive</title><link>https://example.org/f1</link><guid>f1</guid>
            <pubDate>Mon, 28 Oct 2024 09:00:00 GMT</pubDate><description><![CDATA[<p>About 10,000 soldiers arrived.</p>]]></description></item>
            <item><title>Treaty &amp; vote</title><link>https://example.org/f2</link><dc:date>2024-11-06</dc:date>
            <description>The council voted on 6 November.</description></item>
            </channel></rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger</title>
            <entry><title>Harvest record</title><id>urn:a1</id><updated>2024-09-01T10:00:00Z</updated>
            <link href="https://example.org/a1"/><content type="html">&lt;p&gt;The wheat harvest was the largest.&lt;/p&gt;</content></entry>
            </feed>
            """;

    /** Entity bombs and external entities: a feed reader must neither expand nor fetch them. */
    static final String XML_BOMB = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
            <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
            <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
            <!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss><channel><item><title>&f;</title><description>&xxe; &f;</description></item></channel></rss>
            """;

    @Test
    void mutatedCsvFeedsAndPdfsAreImportedOrRefused() throws IOException {
        byte[] pdf = pdfSeed();
        int cases = Fuzz.cases(120);
        int problems = 0;
        for (int c = 0; c < cases; c++) {
            Random r = Fuzz.random("csv-feed-pdf", c);
            String where;
            byte[] bytes;
            String ext;
            switch (c % 4) {
                case 0 -> {
                    ext = ".csv";
                    bytes = Fuzz.mutate(r, CSV.getBytes(StandardCharsets.UTF_8), 4);
                }
                case 1 -> {
                    ext = List.of(".xml", ".rss").get(r.nextInt(2));
                    String seed = r.nextInt(6) == 0 ? XML_BOMB : RSS;
                    bytes = r.nextInt(6) == 0 ? seed.getBytes(StandardCharsets.UTF_8)
                            : Fuzz.mutate(r, seed.getBytes(StandardCharsets.UTF_8), 4);
                }
                case 2 -> {
                    ext = ".atom";
                    bytes = Fuzz.mutate(r, ATOM.getBytes(StandardCharsets.UTF_8), 4);
                }
                default -> {
                    ext = ".pdf";
                    bytes = r.nextInt(8) == 0 ? Fuzz.randomBytes(r, 2000) : Fuzz.mutate(r, pdf, 6);
                }
            }
            where = Fuzz.where("Archive.importPath(" + ext + ")", c);
            Path file = Files.write(dir.resolve("doc-" + c + ext), bytes);
            problems += importAndCheck(file, where, bytes);
            Files.delete(file);
        }
        System.out.printf("ArchiveImportFuzzTest csv/feeds/pdf: cases=%d problems-reported=%d seed=%d%n", cases,
                problems, Fuzz.seed());
        assertThat(archive.search("etc passwd root", 5)).as("no external entity was read")
                .noneMatch(e -> e.passage().contains("root:x:0:0"));
    }

    private static byte[] pdfSeed() throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("About 10,000 soldiers arrived in the Kursk region, officials said.");
                content.endText();
            }
            doc.getDocumentInformation().setTitle("Troops arrive");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void searchesInLuceneSyntaxFindOrExplain() throws IOException {
        int cases = Fuzz.cases(600);
        int refused = 0;
        String[] seeds = {"\"North Korea\" AND troops", "source:reuters title:treaty", "10,000 soldiers Kursk",
                "(ratif* OR treaty) -missile", "lavrov~2 \"choe son hui\"^2", "published:[2024 TO 2025]"};
        for (int c = 0; c < cases; c++) {
            Random r = Fuzz.random("search", c);
            String query = r.nextBoolean() ? Fuzz.randomText(r, 12) : Fuzz.mutate(r, seeds[r.nextInt(seeds.length)], 4);
            String where = Fuzz.where("Archive.search", c) + " query \"" + query + "\"";
            try {
                List<Evidence> hits = Fuzz.withTimeout(LIMIT, where, () -> archive.search(query, 5));
                assertThat(hits).as(where).hasSizeLessThanOrEqualTo(5).doesNotContainNull();
            } catch (AssertionError e) {
                throw e;
            } catch (Throwable t) {
                Fuzz.assertUserFacing(t, where, query.getBytes(StandardCharsets.UTF_8),
                        List.of(ArchiveQueryException.class));
                refused++;
            }
        }
        assertSentinelsKept("the searches");
        System.out.printf("ArchiveImportFuzzTest search: cases=%d refused=%d seed=%d%n", cases, refused, Fuzz.seed());
    }

    /** An article file of some kind: valid text, HTML, mutated JSONL, binary, empty, or huge-lined. */
    private static byte[] fileContent(Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> new byte[0];
            case 1 -> Fuzz.randomBytes(r, 3000);
            case 2 -> Fuzz.randomText(r, 200).getBytes(StandardCharsets.UTF_8);
            case 3 -> Fuzz.mutate(r, ("<html><head><title>T" + r.nextInt() + "</title><meta name=\"date\" content=\""
                    + Fuzz.TOKENS.get(r.nextInt(Fuzz.TOKENS.size())) + "\"></head><body><article><p>Some "
                    + r.nextInt() + " soldiers.</p></article></body></html>").getBytes(StandardCharsets.UTF_8), 6);
            case 4 -> Fuzz.mutate(r, seedLines.get(r.nextInt(seedLines.size())).getBytes(StandardCharsets.UTF_8), 6);
            case 5 -> ("# Heading " + r.nextInt() + "\n\n" + "word ".repeat(r.nextInt(3000))).getBytes(
                    StandardCharsets.ISO_8859_1);
            default -> ("caf\u00e9 " + r.nextInt() + " \u00e9t\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        };
    }

    /** Imports, checks the report and the archive, and returns the number of problems reported. */
    private static int importAndCheck(Path path, String where, byte[] input) throws IOException {
        int before = archive.size();
        ImportReport report;
        try {
            report = Fuzz.withTimeout(LIMIT, where, () -> archive.importPath(path, Progress.NONE));
        } catch (AssertionError e) {
            throw e;
        } catch (Throwable t) {
            Fuzz.assertUserFacing(t, where, input, List.of(IOException.class));
            assertThat(archive.size()).as("nothing imported when refused, %s", where).isEqualTo(before);
            assertSentinelsKept(where);
            return 0;
        }
        assertThat(report).as(where).isNotNull();
        assertThat(report.cancelled()).as(where).isFalse();
        for (ImportProblem p : report.problems()) {
            assertThat(p.message()).as("problem message in %s: %s", where, p).isNotBlank();
            assertThat(p.file()).as("problem file in %s: %s", where, p).isNotBlank();
            assertThat(p.line()).as("problem line in %s: %s", where, p).isNotNegative();
        }
        // A re-imported id whose new text duplicates another article becomes an alias of that article
        // (reported as a near-duplicate), so the count may drop by the skipped ones, never more.
        assertThat(archive.size()).as("articles added, %s (%s) before %d, input: %s", where, report, before,
                        input == null ? "(a folder)" : new String(input, StandardCharsets.ISO_8859_1))
                .isBetween(before + report.added() - report.skipped(), before + report.added());
        assertSentinelsKept(where);
        return report.problems().size();
    }
}
