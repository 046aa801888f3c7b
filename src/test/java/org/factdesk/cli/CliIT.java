package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.StandardStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it, on a real data folder. */
class CliIT {
    @TempDir
    Path dir;

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    private int run(String... args) {
        return runIn(dir.resolve("data"), args);
    }

    /** In the demo workspace that {@code demo} sets up inside the data folder. */
    private int runInDemo(String... args) {
        return runIn(dir.resolve("data").resolve("demo"), args);
    }

    private int runIn(Path dataDir, String... args) {
        streams.reset();
        String[] full = new String[args.length + 2];
        full[0] = "--data-dir";
        full[1] = dataDir.toString();
        System.arraycopy(args, 0, full, 2, args.length);
        return FactDeskCommand.execute((d, demo) -> {
            throw new AssertionError("the CLI must not open a window");
        }, full);
    }

    private String out() {
        return streams.out();
    }

    @Test
    void aTableIsOneClaimWithItsRowsApartAndItsValuesCut() throws Exception {
        StringBuilder table = new StringBuilder("<html><body><article><h1>Who wrote it</h1>"
                + "<p>The release had 21 active developers, the project said on Monday.</p>"
                + "<table><tr><th>Name</th><th>Changesets</th><th>Share</th></tr>");
        for (int i = 0; i < 8; i++) {
            table.append("<tr><td>Developer ").append((char) ('A' + i)).append("</td><td>").append(60 - i)
                    .append("</td><td>").append(10 - i).append(".5%</td></tr>");
        }
        table.append("</table></article></body></html>");
        Path page = Files.writeString(dir.resolve("table.html"), table.toString());
        assertThat(run("check", page.toString())).isZero();
        assertThat(out()).contains("Name | Changesets | Share; Developer A | 60 | 10.5%; Developer B | 59 | 9.5%")
                .contains("+4 more (all in --format json)");
        assertThat(run("check", page.toString(), "--format", "json")).isZero();
        JsonNode claims = new ObjectMapper().readTree(out()).get("claims");
        assertThat(claims).filteredOn(c -> c.get("text").asText().contains(" | ")).singleElement()
                .satisfies(c -> assertThat(c.get("quantities")).hasSize(16));
    }

    @Test
    void demoIsAWorkspaceOfItsOwnAndLeavesTheUsersArchiveEmpty() throws Exception {
        assertThat(run("demo")).isZero();
        assertThat(out()).contains("Demo workspace installed in " + dir.resolve("data/demo").toAbsolutePath())
                .contains("44 sample archive articles");
        assertThat(run("demo")).isZero();
        assertThat(out()).contains("Demo workspace ready");
        Path article = Files.writeString(dir.resolve("article.txt"),
                "Officials said about 10,000 North Korean soldiers had entered Russia by late October.");
        assertThat(run("check", article.toString(), "--format", "json")).isZero();
        JsonNode claim = new ObjectMapper().readTree(out()).get("claims").get(0);
        assertThat(claim.get("evidence")).isEmpty();
        assertThat(run("remove-sample-data")).isZero();
        assertThat(out()).contains("No sample data");
    }

    @Test
    void aWorkspaceThatReceivedTheDemoBeforeHasItsSampleDataRemovedByOneCommand() throws Exception {
        try (org.factdesk.app.Workbench wb = org.factdesk.app.Workbench.open(dir.resolve("data"))) {
            wb.installDemo(org.factdesk.task.Progress.NONE); // what `demo` did before the demo had a workspace of its own
        }
        Path own = Files.writeString(dir.resolve("own.jsonl"), """
                {"id":"demo-001","title":"Our own report","text":"Our desk counted 10,000 North Korean soldiers in Russia.","source":"Our Desk","published":"2024-10-20","url":"https://desk.example/1"}
                {"id":"own-2","title":"Another report","text":"The harbour reopened on Monday after a two-week closure.","source":"Our Desk","published":"2024-10-21"}
                """);
        Path article = Files.writeString(dir.resolve("article.txt"),
                "Officials said about 10,000 North Korean soldiers had entered Russia by late October.");
        assertThat(run("check", article.toString(), "--format", "json")).isZero();
        JsonNode evidence = new ObjectMapper().readTree(out()).get("claims").get(0).get("evidence");
        assertThat(evidence).isNotEmpty().allSatisfy(e -> assertThat(e.get("sample").asBoolean()).isTrue());
        assertThat(run("import-archive", own.toString())).isZero();

        assertThat(run("remove-sample-data")).isZero();
        // demo-001 is the desk's own now (another URL): it stays with own-2; 43 samples go
        assertThat(out()).contains("Removed 43 sample articles").contains("(2 articles left)")
                .contains("Removed the demo article from the library");
        assertThat(run("check", article.toString(), "--format", "json")).isZero();
        JsonNode after = new ObjectMapper().readTree(out()).get("claims").get(0).get("evidence");
        assertThat(after).isNotEmpty();
        assertThat(after.get(0).get("doc_id").asText()).isEqualTo("demo-001");
        assertThat(after.get(0).get("sample").asBoolean()).isFalse();
    }

    @Test
    void checkTakesClaimsOneALineAndSaysWhatWasCheckedBeforeAndWhenNothingIsClose() throws Exception {
        Path feed = dir.resolve("feed.json");
        try (var in = CliIT.class.getResourceAsStream("/org/factdesk/archive/claimreview/feed.json")) {
            Files.write(feed, in.readAllBytes());
        }
        assertThat(run("import-claimreview", feed.toString())).isZero();
        assertThat(out()).contains("2 fact-checks read, 2 new; 2 in this workspace.");
        Path archive = Files.writeString(dir.resolve("archive.jsonl"), """
                {"id":"a1","title":"Polish volunteers in Ukraine","text":"Polish officials say about 60 Polish volunteers have died fighting for Ukraine since February, far fewer than claimed online.","source":"Vistula Daily","published":"2024-10-20"}
                {"id":"a2","title":"Harbour reopens","text":"The harbour reopened on Monday after a two-week closure, the port authority said.","source":"Coast Wire","published":"2024-10-21"}
                """);
        assertThat(run("import-archive", archive.toString())).isZero();
        Path claims = Files.writeString(dir.resolve("claims.txt"), """
                # one claim a line
                At least 10,000 Poles have died fighting for Ukraine.

                The city council approved a budget for new bicycle lanes.
                """);
        assertThat(run("check", "--claims", claims.toString(), "--format", "json")).isZero();
        JsonNode typed = new ObjectMapper().readTree(out()).get("claims");
        assertThat(typed).hasSize(2);
        JsonNode poles = typed.get(0);
        assertThat(poles.get("checked_before").get(0).get("summary").asText())
                .isEqualTo("Checked before by Vistula Facts (2024-10-30): False");
        assertThat(poles.get("checked_before").get(0).get("url").asText()).isEqualTo("https://feed.example/2024/10/poles-died");
        assertThat(poles.get("nothing_close").asBoolean()).isFalse();
        assertThat(poles.get("evidence").get(0).get("doc_id").asText()).isEqualTo("a1");
        assertThat(poles.get("evidence").get(0).get("relevance").asDouble()).isBetween(0.0, 1.0);
        assertThat(typed.get(1).get("nothing_close").asBoolean()).isTrue();
        assertThat(typed.get(1).get("checked_before")).isEmpty();

        assertThat(run("check", "--claims", claims.toString())).isZero();
        assertThat(out()).contains("[claim 1] At least 10,000 Poles")
                .contains("Checked before by Vistula Facts (2024-10-30): False https://feed.example/2024/10/poles-died")
                .contains("[claim 2] The city council").contains("nothing close in your archive");
    }

    @Test
    void checkTakesSeveralArticlesInOneRun() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Officials said about 10,000 North Korean soldiers had entered Russia.");
        Path b = Files.writeString(dir.resolve("b.txt"), "The port handled 4 million containers last year, the authority said.");
        assertThat(run("check", a.toString(), b.toString(), "--format", "json")).isZero();
        JsonNode articles = new ObjectMapper().readTree(out()).get("articles");
        assertThat(articles).hasSize(2);
        assertThat(articles.get(1).get("claims").get(0).get("nothing_close").asBoolean()).isTrue();
        assertThat(run("check")).isEqualTo(1);
        assertThat(streams.err()).contains("--claims FILE");
    }

    @Test
    void checkShowsEachArticlesTitleFirstAndReadsTheFirstFileBeforeOpeningTheWorkspace() throws Exception {
        Path a = Files.writeString(dir.resolve("a.md"), "# Troops at the border\n\nOfficials said about 10,000 North Korean"
                + " soldiers had entered Russia.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "The port handled 4 million containers last year, the authority said.");
        assertThat(run("check", a.toString(), b.toString())).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines.getFirst()).endsWith("  Troops at the border");
        assertThat(lines.stream().filter(l -> l.endsWith(" claims"))).hasSize(2);
        assertThat(lines.stream().filter(l -> l.contains("  Troops at the border"))).hasSize(1);

        // an unreadable first file is said before anything is opened or created
        Path binary = Files.write(dir.resolve("c.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0, 4, 5, 6});
        Path fresh = dir.resolve("fresh-data");
        assertThat(runIn(fresh, "check", binary.toString())).isNotZero();
        assertThat(streams.err()).contains("c.txt");
        assertThat(fresh).doesNotExist();
    }

    @Test
    void checkSaysTheBylineAndALastUpdateWhenThePageGivesNoPublicationDate() throws Exception {
        Path a = Files.writeString(dir.resolve("pasted.txt"), """
                EU agrees to send 1 million artillery shells to Ukraine
                By Jan Novak and Petra Kral
                Updated 4:35 PM GMT, March 20, 2023

                BRUSSELS (AP) — European Union countries agreed on Monday to send Ukraine one million artillery shells over the next 12 months.

                The deal sets aside 1 billion euros to reimburse countries that send shells from their own stocks, diplomats said.
                """);
        assertThat(run("check", a.toString())).isZero();
        assertThat(out()).contains("updated 2023-03-20, by Jan Novak and Petra Kral — ");
        assertThat(run("check", a.toString(), "--format", "json")).isZero();
        JsonNode article = new ObjectMapper().readTree(out()).get("article");
        assertThat(article.get("published").isNull()).isTrue();
        assertThat(article.get("updated").asText()).isEqualTo("2023-03-20");
        assertThat(article.get("byline").asText()).isEqualTo("Jan Novak and Petra Kral");

        // a page's byline element reads "By Ana Ruiz": the names only, once
        Path page = Files.writeString(dir.resolve("page.html"), "<html><head><title>Budget passes</title></head><body>"
                + "<article><h1>Budget passes</h1><p class='byline'>By Ana Ruiz</p><p>The council approved a $2.4 billion"
                + " budget on Friday that adds 800 police officers, the speaker said.</p><p>The budget passed 38 to 11"
                + " after weeks of talks between the mayor and the council.</p></article></body></html>");
        assertThat(run("check", page.toString())).isZero();
        assertThat(out()).contains(", by Ana Ruiz — ").doesNotContain("by By");
    }

    @Test
    void checkJsonGivesRangesAndVagueAmountsWithBothEndsAndChangesWithTheirStart() throws Exception {
        assertThat(run("demo")).isZero();
        Path article = Files.writeString(dir.resolve("ranges.txt"),
                "Russia has deployed between 10,000 and 12,000 troops near the border, officials said.\n\n"
                        + "Thousands of people fled the city of Kharkiv on Monday, the mayor said.\n\n"
                        + "The number of bank branches in the region shrank from 6,004 to 600 in ten years.");
        assertThat(run("check", article.toString(), "--format", "json")).isZero();
        JsonNode claims = new ObjectMapper().readTree(out()).get("claims");
        java.util.List<JsonNode> quantities = new java.util.ArrayList<>();
        claims.forEach(c -> c.get("quantities").forEach(quantities::add));
        JsonNode range = quantities.stream().filter(q -> q.get("text").asText().contains("12,000")).findFirst().orElseThrow();
        assertThat(range.get("low").asDouble()).isEqualTo(10000.0);
        assertThat(range.get("high").asDouble()).isEqualTo(12000.0);
        assertThat(range.get("unit").asText()).isEqualTo("troops");
        assertThat(range.get("qualifier").asText()).isEqualTo("=");
        JsonNode vague = quantities.stream().filter(q -> q.get("text").asText().startsWith("Thousands")).findFirst().orElseThrow();
        assertThat(vague.get("low").asDouble()).isEqualTo(1000.0);
        assertThat(vague.get("high").asDouble()).isEqualTo(10000.0);
        assertThat(vague.get("vague").asBoolean()).isTrue();
        JsonNode change = quantities.stream().filter(q -> q.get("text").asText().contains("6,004")).findFirst().orElseThrow();
        assertThat(change.get("value").asDouble()).isEqualTo(600.0);
        assertThat(change.get("from").asDouble()).isEqualTo(6004.0);
        assertThat(change.get("qualifier").asText()).isEqualTo("down");
        assertThat(change.has("high")).isFalse();
    }

    @Test
    void checkVerdictAndReportRoundTrip() throws Exception {
        assertThat(run("demo")).isZero();
        Path article = Files.writeString(dir.resolve("article.txt"),
                "Officials said about 10,000 North Korean soldiers had entered Russia by late October.");
        assertThat(runInDemo("check", article.toString(), "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out());
        JsonNode claim = json.get("claims").get(0);
        assertThat(claim.get("kind").asText()).isNotBlank();
        assertThat(claim.get("quantities").get(0).get("value").asDouble()).isEqualTo(10000.0);
        assertThat(claim.get("evidence")).isNotEmpty();
        assertThat(claim.get("evidence").get(0).get("doc_id").asText()).startsWith("demo-");
        assertThat(claim.get("evidence").get(0).get("key_word_coverage").asDouble()).isBetween(0.3, 1.0);
        String claimId = claim.get("id").asText();
        String articleId = json.get("article").get("id").asText();

        assertThat(runInDemo("verdict", claimId, "verified", "--note", "Pentagon figure")).isZero();
        assertThat(out()).contains("Verified").contains("Pentagon figure");

        Path csv = dir.resolve("report.csv");
        assertThat(runInDemo("report", articleId, "--format", "csv", "--out", csv.toString())).isZero();
        assertThat(Files.readString(csv)).contains(claimId).contains("Verified").contains("Pentagon figure");

        Path jsonld = dir.resolve("reviews.jsonld");
        String today = java.time.LocalDate.now().toString();
        assertThat(runInDemo("report", "--from", today, "--format", "claimreview", "--organisation", "Desk",
                "--publication-url", "https://desk.example/reviews", "--out", jsonld.toString())).isZero();
        JsonNode reviews = new ObjectMapper().readTree(jsonld.toFile());
        assertThat(reviews.toString()).contains("ClaimReview").contains("Pentagon figure").contains("https://desk.example/reviews");
    }

    @Test
    void reportNeedsAnArticleOrADateRange() {
        assertThat(run("report", "--format", "html", "--out", dir.resolve("x.html").toString())).isEqualTo(1);
        assertThat(streams.err()).contains("ARTICLE_ID").contains("--from");
    }

    @Test
    void importReportsAMalformedLineAndImportsTheRest() throws Exception {
        Path jsonl = Files.writeString(dir.resolve("a.jsonl"), """
                {"id":"x1","title":"One","text":"The bridge opened in 1932 after four years of work.","source":"A","published":"2020-01-02"}
                {"id":"x2","title":"Two", this is not json
                {"id":"x3","title":"Three","text":"The port handled 4 million containers last year.","source":"B","published":"2021-03-04"}
                """);
        assertThat(run("import-archive", jsonl.toString())).isZero();
        assertThat(streams.err()).contains("a.jsonl:2");
        assertThat(out()).contains("2 added");
        // two one-sentence documents: embedded, and searched by meaning as well as words (decision 15)
        assertThat(out()).contains("compare meaning as well as words: 2 of 2 articles");
    }

    @Test
    void aDatabaseFromANewerFactDeskIsRefusedWithAClearMessage() throws Exception {
        org.factdesk.app.Workbench.open(dir.resolve("data")).close(); // a workspace (history no longer creates one)
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/factdesk.db"));
             var st = c.createStatement()) {
            st.execute("PRAGMA user_version = 999");
        }
        assertThat(run("check", "whatever")).isEqualTo(1);
        assertThat(streams.err()).contains("newer FactDesk").doesNotContain("Exception");
    }

    @Test
    void aFileAloneOpensTheWorkbenchOnIt() throws Exception {
        Path article = Files.writeString(dir.resolve("from-file-manager.html"), "<p>About 10,000 soldiers.</p>");
        var opened = new java.util.concurrent.atomic.AtomicReference<org.factdesk.app.FactDeskConfig>();
        int status = FactDeskCommand.execute(opened::set, org.factdesk.app.FactDeskConfig.defaults(), "--data-dir",
                dir.resolve("data").toString(), article.toString());
        assertThat(status).isZero();
        assertThat(opened.get().openFile()).isEqualTo(article.toAbsolutePath());
        assertThat(opened.get().dataDir()).isEqualTo(dir.resolve("data"));
    }

    @Test
    void unknownVerdictWordIsExplained() {
        assertThat(run("verdict", "some-claim", "maybe")).isEqualTo(1);
        assertThat(streams.err()).contains("unknown verdict 'maybe'").contains("Verified");
    }

    @Test
    void malformedEvaluationFileExitsWithStatusTwo() throws Exception {
        Path tsv = Files.writeString(dir.resolve("bad.tsv"), "id\ttext\tlabel\n1\tA sentence.\tmaybe\n");
        assertThat(run("evaluate", "checkworthiness", "--data", tsv.toString())).isEqualTo(2);
        assertThat(streams.err()).contains("bad.tsv:2");
    }
}
