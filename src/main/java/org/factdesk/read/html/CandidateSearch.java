package org.factdesk.read.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article, Readability's way: every paragraph of prose gives points
 * (more for length and commas) to its parent, half as many to its grandparent and fewer further up; an
 * element's points shrink with the share of its text that is links, and grow or shrink with what its
 * class and id call it. The best element is then widened to its parent when that parent scores nearly as
 * well (the article is split in parts), its siblings that read as prose are taken with it, and so are
 * the other parts of an article that a template splits into repeated containers.
 */
final class CandidateSearch {
    private static final int MAX_ANCESTORS = 5;
    /** How far up parts of a split article are looked for. */
    private static final int PARTS_LEVELS = 3;
    /** A part holds at least this share of the best element's prose. */
    private static final double PART_SHARE = 0.1;
    private static final int MIN_PARAGRAPH_CHARS = 25;
    /** A sibling with more text than this is not one picture and its caption. */
    private static final int MAX_FIGURE_CHARS = 600;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。]( |$)");

    private final TextStats stats;
    private final boolean weighNames;
    /** Insertion-ordered (jsoup elements compare by identity), so that ties rank the same on every run. */
    private final Map<Element, double[]> scores = new LinkedHashMap<>();

    private final PageNames names;

    CandidateSearch(TextStats stats, PageNames names, boolean weighNames) {
        this.stats = stats;
        this.names = names;
        this.weighNames = weighNames;
    }

    /** The elements that hold the article, in document order, or the root itself when nothing scores. */
    List<Element> find(Element root) {
        for (Element block : stats.textBlocks()) {
            scoreParagraph(block, root);
        }
        List<Element> ranked = new ArrayList<>();
        for (Map.Entry<Element, double[]> e : scores.entrySet()) {
            double s = e.getValue()[0] * (1 - Math.min(1, stats.of(e.getKey()).linkDensity()));
            e.getValue()[0] = s;
            ranked.add(e.getKey());
        }
        ranked.sort((a, b) -> Double.compare(score(b), score(a)));
        if (ranked.isEmpty()) {
            return List.of(root);
        }
        Element top = ranked.get(0);
        double topScore = score(top);
        top = preferSharedAncestor(top, topScore, ranked, root);
        top = climbWhileParentScoresWell(top, root);
        while (top != root && top.parent() != null && top.parent() != root && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        if (top == root || top.parent() == null) {
            return List.of(top);
        }
        return withPartsElsewhere(withSiblings(top), top);
    }

    double score(Element e) {
        double[] s = scores.get(e);
        return s == null ? 0 : s[0];
    }

    boolean scored(Element e) {
        return scores.containsKey(e);
    }

    private void scoreParagraph(Element block, Element root) {
        TextStats.Stat s = stats.of(block);
        String tag = block.normalName();
        if (tag.equals("li") || tag.equals("dt") || tag.equals("dd") || tag.equals("h1") || tag.equals("th")) {
            return;
        }
        int len = s.ownChars;
        if (len < MIN_PARAGRAPH_CHARS) {
            return;
        }
        double points = 1 + (s.ownCommas + 1) + Math.min(len / 100, 3);
        // Loose text beside blocks in a div is that div's paragraph; a div of text alone is a paragraph.
        Element first = s.hasBlockChild && !tag.equals("p") ? block : block.parent();
        Element a = first;
        for (int level = 0; level < MAX_ANCESTORS && a != null; level++) {
            if (a == root.parent()) {
                break;
            }
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            init(a)[0] += points / divider;
            if (a == root) {
                break;
            }
            a = a.parent();
        }
    }

    private double[] init(Element e) {
        return scores.computeIfAbsent(e, k -> new double[] {baseScore(k)});
    }

    private double baseScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (weighNames) {
            s += names.weight(e);
        }
        return s;
    }

    /** Readability: when several near-best candidates share an ancestor, the article is that ancestor. */
    private Element preferSharedAncestor(Element top, double topScore, List<Element> ranked, Element root) {
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            if (score(ranked.get(i)) / topScore >= 0.75) {
                alternatives.add(ranked.get(i));
            }
        }
        if (alternatives.size() < 3) {
            return top;
        }
        for (Element p = top.parent(); p != null && p != root; p = p.parent()) {
            int containing = 0;
            for (Element alt : alternatives) {
                if (isAncestor(p, alt)) {
                    containing++;
                }
            }
            if (containing >= 3) {
                init(p);
                return p;
            }
        }
        return top;
    }

    private static int depth(Element e) {
        int d = 0;
        for (Element p = e.parent(); p != null; p = p.parent()) {
            d++;
        }
        return d;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** A parent that scores more than the best (its paragraphs are spread over parts) holds the article. */
    private Element climbWhileParentScoresWell(Element top, Element root) {
        double last = score(top);
        double threshold = last / 3;
        for (Element p = top.parent(); p != null && p != root; p = p.parent()) {
            if (!scored(p)) {
                continue;
            }
            double ps = score(p);
            if (ps < threshold) {
                break;
            }
            if (ps > last) {
                return p;
            }
            last = ps;
        }
        return top;
    }

    /**
     * An article split into parts ("chunks" between ad slots) repeats its container: elements with the
     * best element's tag and class, a few levels up the tree, hold the rest of it.
     */
    private List<Element> withPartsElsewhere(List<Element> chosen, Element top) {
        if (top.className().isBlank()) {
            return chosen;
        }
        Element scope = top;
        for (int i = 0; i < PARTS_LEVELS && scope.parent() != null; i++) {
            scope = scope.parent();
        }
        Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        taken.addAll(chosen);
        int depth = depth(top);
        int topProse = stats.of(top).paragraphChars;
        boolean found = false;
        for (Element e : scope.getElementsByTag(top.normalName())) {
            TextStats.Stat ps = stats.of(e);
            if (!taken.contains(e) && e.className().equals(top.className()) && ps.paragraphChars >= PART_SHARE * topProse
                    && ps.linkDensity() < 0.5 && depth(e) == depth) {
                taken.add(e); // same depth as the best element: neither holds the other
                found = true;
            }
        }
        if (!found) {
            return chosen;
        }
        // Document order, and no element twice (a part inside a chosen sibling is written with it).
        List<Element> ordered = new ArrayList<>();
        for (Element e : scope.getAllElements()) {
            if (taken.contains(e) && !hasAncestorIn(e, taken, scope)) {
                ordered.add(e);
            }
        }
        return ordered;
    }

    private static boolean hasAncestorIn(Element e, Set<Element> set, Element stop) {
        for (Element p = e.parent(); p != null && p != stop.parent(); p = p.parent()) {
            if (set.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private boolean holdsCaptionedImage(Element e) {
        TextStats.Stat s = stats.of(e);
        if (s.images == 0 || s.chars == 0 || s.chars > MAX_FIGURE_CHARS || s.linkDensity() > 0.5) {
            return false;
        }
        return e.nameIs("figure") || names.caption(e) || !e.getElementsByTag("figcaption").isEmpty();
    }

    /** The best element and those of its siblings that score well or read as prose. */
    private List<Element> withSiblings(Element top) {
        double topScore = score(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sib : top.parent().children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            double bonus = !top.className().isEmpty() && sib.className().equals(top.className()) ? topScore * 0.2 : 0;
            if (scored(sib) && score(sib) + bonus >= threshold) {
                out.add(sib);
                continue;
            }
            // The article's own picture (a lead image above the text) keeps its caption: often the claim itself.
            if (holdsCaptionedImage(sib)) {
                out.add(sib);
                continue;
            }
            if (sib.normalName().equals("p") || (!stats.of(sib).hasBlockChild && sib.normalName().equals("div"))) {
                TextStats.Stat s = stats.of(sib);
                double ld = s.linkDensity();
                if (s.chars > 80 && ld < 0.25) {
                    out.add(sib);
                } else if (s.chars > 0 && s.chars <= 80 && ld == 0 && SENTENCE_END.matcher(sib.text()).find()) {
                    out.add(sib);
                }
            }
        }
        return out;
    }
}
