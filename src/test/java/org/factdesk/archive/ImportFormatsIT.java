package org.factdesk.archive;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.factdesk.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImportFormatsIT {
    @TempDir
    Path tmp;

    @Test
    void importsCsvByColumnNamesAndReportsRowsWithoutText() throws IOException {
        Path csv = Files.writeString(tmp.resolve("wire.csv"), """
                guid,headline,body,outlet,date,link
                c1,Troops arrive,"About 10,000 soldiers arrived, officials said.",Wire,2024-10-30,https://x.org/c1
                c2,Empty row,,Wire,2024-10-30,
                c3,Vote set,The upper house votes on 6 November.,Daily,2024-11-01T08:00:00Z,https://x.org/c3
                """);
        try (Archive archive = Archive.open(tmp.resolve("archive"))) {
            ImportReport report = archive.importPath(csv, null);
            assertThat(report.added()).isEqualTo(2);
            assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(3));
            Article c1 = archive.document("c1").orElseThrow();
            assertThat(c1.title()).isEqualTo("Troops arrive");
            assertThat(c1.text()).contains("10,000");
            assertThat(c1.source()).isEqualTo("Wire");
            assertThat(c1.published()).isEqualTo(LocalDate.of(2024, 10, 30));
        }
    }

    @Test
    void importsCsvWithAnExplicitColumnMapping() throws IOException {
        Path csv = Files.writeString(tmp.resolve("odd.csv"), "ref,words\nr1,Shelling continued overnight.\n");
        try (Archive archive = Archive.open(tmp.resolve("archive"))) {
            ImportReport report = archive.importDocuments(java.util.List.of(), null); // empty import is fine
            assertThat(report.added()).isZero();
            ImportSession session = new ImportSession(archive, null);
            ImportReport mapped = session.run(sink -> new CsvReader(Map.of("id", "ref", "text", "words")).read(csv, sink));
            assertThat(mapped.added()).isEqualTo(1);
            assertThat(archive.document("r1")).isPresent();
        }
    }

    @Test
    void csvRowsThatShareAPlaceholderIdAreAllKept() throws IOException {
        Path csv = Files.writeString(tmp.resolve("export.csv"), """
                id,title,text
                n/a,Troops arrive,"About 10,000 soldiers arrived in the Kursk region, officials said."
                n/a,Vote set,The upper house votes on the treaty on 6 November.
                n/a,Missile test,North Korea fired a missile that flew for 86 minutes.
                """);
        try (Archive archive = Archive.open(tmp.resolve("archive"))) {
            ImportReport report = archive.importPath(csv, null);
            assertThat(report.added()).isEqualTo(3);
            assertThat(report.problems()).extracting(ImportProblem::line).containsExactly(3L, 4L);
            assertThat(archive.document("n/a (3)").orElseThrow().title()).isEqualTo("Missile test");
        }
    }

    @Test
    void importsRssAndAtomFeeds() throws IOException {
        Path rss = Files.writeString(tmp.resolve("feed.rss"), """
                <?xml version="1.0"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
                <title>Northbridge Wire</title>
                <item><title>ICBM launch</title><link>https://nw.example/icbm</link><guid>nw-1</guid>
                <pubDate>Thu, 31 Oct 2024 07:10:00 GMT</pubDate>
                <description><![CDATA[<p>North Korea fired an <b>ICBM</b> that flew for 86 minutes.</p>]]></description></item>
                </channel></rss>""");
        Path atom = Files.writeString(tmp.resolve("feed.atom"), """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Capital Herald</title>
                <entry><title>Treaty vote</title><link href="https://ch.example/vote"/><id>tag:ch,2024:1</id>
                <updated>2024-11-05T10:00:00Z</updated><summary>The Federation Council will vote on the treaty.</summary></entry>
                </feed>""");
        try (Archive archive = Archive.open(tmp.resolve("archive"))) {
            assertThat(archive.importPath(rss, null).added()).isEqualTo(1);
            assertThat(archive.importPath(atom, null).added()).isEqualTo(1);
            Article item = archive.document("nw-1").orElseThrow();
            assertThat(item.text()).isEqualTo("North Korea fired an ICBM that flew for 86 minutes.");
            assertThat(item.source()).isEqualTo("Northbridge Wire");
            assertThat(item.published()).isEqualTo(LocalDate.of(2024, 10, 31));
            Article entry = archive.document("tag:ch,2024:1").orElseThrow();
            assertThat(entry.url()).isEqualTo("https://ch.example/vote");
            assertThat(entry.published()).isEqualTo(LocalDate.of(2024, 11, 5));
        }
    }

    @Test
    void feedWithAnExternalEntityNeverReadsTheFile() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Path evil = Files.writeString(tmp.resolve("evil.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
                <rss version="2.0"><channel><title>Evil</title>
                <item><title>Leak</title><guid>e1</guid><description>&xxe;</description></item>
                </channel></rss>""".formatted(secret.toUri()));
        try (Archive archive = Archive.open(tmp.resolve("archive"))) {
            ImportReport report = archive.importPath(evil, null);
            assertThat(report.problems()).isNotEmpty();
            assertThat(archive.search("SECRET", 5)).isEmpty();
            archive.document("e1").ifPresent(a -> assertThat(a.text()).doesNotContain("TOP-SECRET"));
        }
    }

    @Test
    void importsASinglePdfAndReportsABrokenOne() throws IOException {
        Path pdf = tmp.resolve("report.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Ratification vote scheduled for 6 November");
                cs.endText();
            }
            doc.getDocumentInformation().setTitle("Ratification briefing");
            doc.save(pdf.toFile());
        }
        Path broken = Files.writeString(tmp.resolve("broken.pdf"), "this is not a pdf");
        try (Archive archive = Archive.open(tmp.resolve("archive"))) {
            assertThat(archive.importPath(pdf, null).added()).isEqualTo(1);
            Article a = archive.document("report.pdf").orElseThrow();
            assertThat(a.title()).isEqualTo("Ratification briefing");
            assertThat(a.text()).contains("6 November");
            ImportReport bad = archive.importPath(broken, null);
            assertThat(bad.skipped()).isEqualTo(1);
            assertThat(bad.problems().getFirst().message()).contains("not a readable PDF");
        }
    }
}
