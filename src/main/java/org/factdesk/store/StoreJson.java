package org.factdesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.AgreementTerm;
import org.factdesk.model.Attribution;
import org.factdesk.model.CitedEvidence;
import org.factdesk.model.DateMention;
import org.factdesk.model.EvidenceRole;
import org.factdesk.model.Quantity;
import org.factdesk.model.Span;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictStatus;

/**
 * The JSON kept in the database (claim details, cited evidence, history snapshots). Written field by field
 * rather than by reflection, so that renaming a record component cannot silently change stored data.
 */
final class StoreJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoreJson() {
    }

    // ---- claim details -------------------------------------------------------------------------

    static String details(List<Quantity> quantities, Attribution attribution, AgreementTerm agreement,
                          List<DateMention> dates) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode qs = root.putArray("quantities");
        for (Quantity q : quantities) {
            ObjectNode n = qs.addObject();
            n.put("surface", q.surface());
            n.put("start", q.start());
            n.put("end", q.end());
            n.put("value", q.value());
            if (q.upper() != null) {
                n.put("upper", q.upper());
            }
            n.put("unit", q.unit());
            n.put("qualifier", q.qualifier());
            n.put("vague", q.vague());
            if (q.from() != null) {
                n.put("from", q.from());
            }
        }
        if (attribution != null) {
            ObjectNode a = root.putObject("attribution");
            putSpan(a, "source", attribution.source());
            putSpan(a, "cue", attribution.cue());
            putSpan(a, "content", attribution.content());
            a.put("speaker", attribution.speaker());
            a.put("direct", attribution.direct());
        }
        if (agreement != null) {
            ObjectNode g = root.putObject("agreement");
            g.put("agreement", agreement.agreement());
            ArrayNode parties = g.putArray("parties");
            agreement.parties().forEach(parties::add);
            g.put("obligation", agreement.obligation());
        }
        ArrayNode ds = root.putArray("dates");
        for (DateMention d : dates) {
            ObjectNode n = ds.addObject();
            n.put("surface", d.surface());
            n.put("start", d.start());
            n.put("end", d.end());
            n.put("date", d.date() == null ? null : d.date().toString());
            n.put("precision", d.precision());
        }
        return write(root);
    }

    /** Parsed claim details; fields absent in older rows come back empty. */
    record Details(List<Quantity> quantities, Attribution attribution, AgreementTerm agreement,
                   List<DateMention> dates) {
    }

    static Details details(String json) {
        JsonNode root = read(json);
        List<Quantity> quantities = new ArrayList<>();
        for (JsonNode n : root.path("quantities")) {
            quantities.add(new Quantity(text(n, "surface"), n.path("start").asInt(), n.path("end").asInt(),
                    n.path("value").asDouble(), n.hasNonNull("upper") ? n.get("upper").asDouble() : null,
                    text(n, "unit"), text(n, "qualifier"), n.path("vague").asBoolean(),
                    n.hasNonNull("from") ? n.get("from").asDouble() : null));
        }
        Attribution attribution = null;
        JsonNode a = root.path("attribution");
        if (a.isObject()) {
            attribution = new Attribution(span(a.path("source")), span(a.path("cue")), span(a.path("content")),
                    text(a, "speaker"), a.path("direct").asBoolean());
        }
        AgreementTerm agreement = null;
        JsonNode g = root.path("agreement");
        if (g.isObject()) {
            List<String> parties = new ArrayList<>();
            g.path("parties").forEach(p -> parties.add(p.asText()));
            agreement = new AgreementTerm(text(g, "agreement"), parties, text(g, "obligation"));
        }
        List<DateMention> dates = new ArrayList<>();
        for (JsonNode n : root.path("dates")) {
            dates.add(new DateMention(text(n, "surface"), n.path("start").asInt(), n.path("end").asInt(),
                    date(text(n, "date")), text(n, "precision")));
        }
        return new Details(quantities, attribution, agreement, dates);
    }

    // ---- verdicts and evidence -----------------------------------------------------------------

    static String evidence(List<CitedEvidence> evidence) {
        return write(evidenceNode(evidence));
    }

    static List<CitedEvidence> evidence(String json) {
        return evidence(read(json));
    }

    static String verdict(Verdict v) {
        ObjectNode n = JSON.createObjectNode();
        n.put("claim_id", v.claimId());
        n.put("status", v.status().name());
        n.put("rationale", v.rationale());
        n.put("confidence", v.confidence());
        n.put("reviewer", v.reviewer());
        n.put("updated_at", v.updatedAt() == null ? null : v.updatedAt().toString());
        n.set("evidence", evidenceNode(v.evidence()));
        return write(n);
    }

    static Verdict verdict(String json) {
        JsonNode n = read(json);
        String updated = text(n, "updated_at");
        return new Verdict(text(n, "claim_id"), VerdictStatus.valueOf(n.path("status").asText("UNREVIEWED")),
                text(n, "rationale"), n.path("confidence").asInt(), text(n, "reviewer"),
                updated == null ? null : Instant.parse(updated), evidence(n.path("evidence")));
    }

    private static ArrayNode evidenceNode(List<CitedEvidence> evidence) {
        ArrayNode arr = JSON.createArrayNode();
        for (CitedEvidence e : evidence) {
            ObjectNode n = arr.addObject();
            n.put("doc_id", e.docId());
            n.put("title", e.title());
            n.put("source", e.source());
            n.put("published", e.published() == null ? null : e.published().toString());
            n.put("url", e.url());
            n.put("passage", e.passage());
            n.put("role", e.role() == null ? null : e.role().name());
        }
        return arr;
    }

    private static List<CitedEvidence> evidence(JsonNode arr) {
        List<CitedEvidence> out = new ArrayList<>();
        for (JsonNode n : arr) {
            String role = text(n, "role");
            out.add(new CitedEvidence(text(n, "doc_id"), text(n, "title"), text(n, "source"),
                    date(text(n, "published")), text(n, "url"), text(n, "passage"),
                    role == null ? null : EvidenceRole.valueOf(role)));
        }
        return out;
    }

    // ---- article captions ----------------------------------------------------------------------

    static String spans(List<Span> spans) {
        ArrayNode arr = JSON.createArrayNode();
        for (Span sp : spans) {
            arr.addArray().add(sp.start()).add(sp.end());
        }
        return write(arr);
    }

    /** The stored spans that fit the text; a damaged entry is dropped, never fatal (captions only style text). */
    static List<Span> spans(String json, int textLength) {
        List<Span> out = new ArrayList<>();
        JsonNode arr;
        try {
            arr = JSON.readTree(json == null || json.isBlank() ? "[]" : json);
        } catch (JsonProcessingException e) {
            return out;
        }
        if (arr != null && arr.isArray()) {
            for (JsonNode n : arr) {
                Span sp = n.isArray() && n.size() == 2 && n.get(0).canConvertToInt() && n.get(1).canConvertToInt()
                        && n.get(0).asInt() >= 0 && n.get(1).asInt() >= n.get(0).asInt()
                        && n.get(1).asInt() <= textLength ? span(n) : null;
                if (sp != null) {
                    out.add(sp);
                }
            }
        }
        return out;
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static void putSpan(ObjectNode parent, String field, Span span) {
        if (span == null) {
            parent.putNull(field);
        } else {
            parent.putArray(field).add(span.start()).add(span.end());
        }
    }

    private static Span span(JsonNode n) {
        return n.isArray() && n.size() == 2 ? new Span(n.get(0).asInt(), n.get(1).asInt()) : null;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(String s) {
        return s == null || s.isEmpty() ? null : LocalDate.parse(s);
    }

    private static String write(JsonNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json == null || json.isBlank() ? "{}" : json);
        } catch (JsonProcessingException e) {
            // the store names the database, the row and the backup to restore (Store.rowFailure)
            throw new IllegalArgumentException("unreadable JSON (" + e.getOriginalMessage() + ")", e);
        }
    }
}
