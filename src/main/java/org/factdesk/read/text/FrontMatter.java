package org.factdesk.read.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The YAML front matter that clippers write above an article ({@code ---} … {@code ---}): Obsidian Web Clipper,
 * MarkDownload, Omnivore, Joplin, static-site exports. Read as the flat subset clippers use (scalars, quoted
 * scalars, {@code |} and {@code >} blocks, lists, {@code [[wiki links]]}); it is metadata, never text. Capped: front
 * matter longer than {@link #MAX_LINES} lines is no front matter.
 */
record FrontMatter(Map<String, List<String>> fields, String body) {
    static final int MAX_LINES = 300;

    static final FrontMatter NONE = new FrontMatter(Map.of(), "");

    /** The front matter at the start of {@code text} (after a BOM or blank lines), and the text after it. */
    static FrontMatter split(String text) {
        int start = 0;
        while (start < text.length() && (text.charAt(start) == '\ufeff' || text.charAt(start) == '\n'
                || text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        if (!text.startsWith("---", start) || !restIsBlank(text, start + 3, lineEnd(text, start))) {
            return new FrontMatter(Map.of(), text);
        }
        List<String> lines = new ArrayList<>();
        int pos = lineEnd(text, start) + 1;
        while (pos <= text.length() && lines.size() <= MAX_LINES) {
            int end = lineEnd(text, pos);
            String line = text.substring(pos, end);
            String stripped = line.strip();
            if ((stripped.equals("---") || stripped.equals("...")) && !line.startsWith(" ")) {
                Map<String, List<String>> fields = parse(lines);
                if (fields.isEmpty()) {
                    // "---" over text that is no YAML: a thematic break, not front matter
                    return new FrontMatter(Map.of(), text);
                }
                return new FrontMatter(fields, end >= text.length() ? "" : text.substring(end + 1));
            }
            lines.add(line);
            pos = end + 1;
        }
        return new FrontMatter(Map.of(), text);
    }

    /** The first value of the first of {@code keys} that has one, or "". */
    String first(String... keys) {
        for (String k : keys) {
            List<String> v = fields.get(k);
            if (v != null) {
                for (String s : v) {
                    if (!s.isBlank()) {
                        return s.strip();
                    }
                }
            }
        }
        return "";
    }

    /** All values of the first of {@code keys} that has any. */
    List<String> all(String... keys) {
        for (String k : keys) {
            List<String> v = fields.get(k);
            if (v != null && v.stream().anyMatch(s -> !s.isBlank())) {
                return v.stream().filter(s -> !s.isBlank()).map(String::strip).toList();
            }
        }
        return List.of();
    }

    private static Map<String, List<String>> parse(List<String> lines) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        String key = null;
        StringBuilder block = null;
        for (String line : lines) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                if (block != null && line.isBlank()) {
                    block.append('\n');
                }
                continue;
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            String t = line.strip();
            if (indented && key != null) {
                if (block != null) {
                    block.append(block.isEmpty() || block.charAt(block.length() - 1) == '\n' ? "" : " ").append(t);
                } else if (t.startsWith("- ") || t.equals("-")) {
                    fields.get(key).add(scalar(t.substring(1)));
                }
                continue;
            }
            if (block != null) {
                fields.get(key).add(block.toString().strip());
                block = null;
            }
            if (t.startsWith("- ") && key != null) {
                fields.get(key).add(scalar(t.substring(2)));
                continue;
            }
            int colon = t.indexOf(':');
            String name = colon <= 0 ? "" : unquote(t.substring(0, colon).strip());
            if (!isKey(name)) {
                // a line that is no "key: value": this is text under a rule, not front matter
                return Map.of();
            }
            key = name.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            String value = t.substring(colon + 1).strip();
            List<String> values = new ArrayList<>();
            fields.put(key, values);
            if (value.startsWith("|") || value.startsWith(">")) {
                block = new StringBuilder();
            } else if (value.startsWith("[") && value.endsWith("]") && !value.startsWith("[[")) {
                for (String item : value.substring(1, value.length() - 1).split(",")) {
                    values.add(scalar(item));
                }
            } else if (!value.isEmpty()) {
                values.add(scalar(value));
            }
        }
        if (block != null && key != null) {
            fields.get(key).add(block.toString().strip());
        }
        return fields;
    }

    private static boolean isKey(String name) {
        if (name.isEmpty() || name.length() > 40 || !Character.isLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '-' && c != ' ' && c != '.') {
                return false;
            }
        }
        return name.split(" ").length <= 3;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** A scalar without its quotes and escapes, and a wiki link without its brackets ("[[Jane Doe]]"). */
    static String scalar(String raw) {
        String v = raw.strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        } else if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
            v = v.substring(1, v.length() - 1).replace("''", "'");
        } else {
            int comment = v.indexOf(" #");
            if (comment > 0) {
                v = v.substring(0, comment).strip();
            }
        }
        if (v.startsWith("[[") && v.endsWith("]]")) {
            v = v.substring(2, v.length() - 2);
            int bar = v.indexOf('|');
            if (bar >= 0) {
                v = v.substring(bar + 1);
            }
        }
        return v.equals("null") || v.equals("~") ? "" : v.strip();
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static boolean restIsBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
