package org.factdesk.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.factdesk.model.Article;
import org.factdesk.model.CitedEvidence;
import org.factdesk.model.Claim;
import org.factdesk.model.Quantity;
import org.factdesk.model.Verdict;

/**
 * The report as JSON: {@code {generator, generated_at, organisation, summary, reports:[{article, summary,
 * claims:[{..., verdict:{...}}]}]}}. Keys are snake_case, like the CLI's check output.
 */
final class JsonReport {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonReport() {
    }

    static ObjectNode build(List<ReviewReport> reports, ReportOptions options) {
        ObjectNode root = F.objectNode();
        root.put("generator", "FactDesk");
        root.put("generated_at", options.generatedAt().toString());
        root.put("organisation", options.organisation());
        root.set("summary", summary(reports));
        ArrayNode arr = root.putArray("reports");
        for (ReviewReport r : reports) {
            ObjectNode o = arr.addObject();
            o.set("article", article(r.article()));
            o.set("summary", summary(List.of(r)));
            ArrayNode claims = o.putArray("claims");
            for (ReviewedClaim rc : r.claims()) {
                claims.add(claim(rc));
            }
        }
        return root;
    }

    private static ObjectNode summary(List<ReviewReport> reports) {
        ObjectNode s = F.objectNode();
        ReviewReport.countsByStatus(reports).forEach((status, n) -> s.put(status.label(), n));
        return s;
    }

    private static ObjectNode article(Article a) {
        ObjectNode o = F.objectNode();
        o.put("id", a.id());
        o.put("title", a.title());
        o.put("source", a.source());
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("url", a.url());
        o.put("text", a.text());
        return o;
    }

    private static ObjectNode claim(ReviewedClaim rc) {
        Claim c = rc.claim();
        ObjectNode o = F.objectNode();
        o.put("id", c.id());
        o.put("text", c.text());
        o.put("kind", c.kind().code());
        o.put("start", c.start());
        o.put("end", c.end());
        o.put("score", c.score());
        o.put("speaker", c.speaker());
        ArrayNode qs = o.putArray("quantities");
        for (Quantity q : c.quantities()) {
            ObjectNode n = qs.addObject();
            n.put("surface", q.surface());
            n.put("value", q.value());
            if (q.upper() != null) {
                n.put("low", q.low());
                n.put("high", q.high());
            }
            if (q.from() != null) {
                n.put("from", q.from());
            }
            n.put("unit", q.unit());
            n.put("qualifier", q.qualifier());
            if (q.vague()) {
                n.put("vague", true);
            }
        }
        o.set("verdict", verdict(rc.verdict()));
        o.put("draft", rc.draft()); // team desk: not approved by an editor
        return o;
    }

    private static ObjectNode verdict(Verdict v) {
        ObjectNode o = F.objectNode();
        o.put("status", v.status().label());
        o.put("confidence", v.confidence());
        o.put("rationale", v.rationale());
        o.put("reviewer", v.reviewer());
        o.put("updated_at", v.updatedAt() == null ? null : v.updatedAt().toString());
        ArrayNode ev = o.putArray("evidence");
        for (CitedEvidence e : v.evidence()) {
            ObjectNode n = ev.addObject();
            n.put("doc_id", e.docId());
            n.put("title", e.title());
            n.put("source", e.source());
            n.put("published", e.published() == null ? null : e.published().toString());
            n.put("url", e.url());
            n.put("passage", e.passage());
            n.put("role", e.role() == null ? null : e.role().label());
        }
        return o;
    }
}
