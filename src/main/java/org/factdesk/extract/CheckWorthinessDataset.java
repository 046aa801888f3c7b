package org.factdesk.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads labelled check-worthiness data: UTF-8 TSV with the header {@code id text label} (label 1 = check-worthy,
 * 0 = not). Strict, because a silently skipped row would bias a measurement: any malformed line is reported
 * with its file and line number.
 */
public final class CheckWorthinessDataset {

    /** One labelled sentence; {@code line} is its 1-based line number in the file. */
    public record Example(String id, String text, int label, long line) {}

    /** A malformed or unreadable data file; the message reads {@code FILE:LINE: what is wrong}. */
    public static final class MalformedDataException extends Exception {
        private final Path file;
        private final long line;

        public MalformedDataException(Path file, long line, String message) {
            super(file + ":" + line + ": " + message);
            this.file = file;
            this.line = line;
        }

        public Path file() {
            return file;
        }

        public long line() {
            return line;
        }
    }

    private CheckWorthinessDataset() {}

    public static List<Example> read(Path file) throws MalformedDataException {
        List<Example> out = new ArrayList<>();
        long lineNo = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            lineNo = 1;
            if (header == null) throw new MalformedDataException(file, 1, "empty file; expected the header 'id<TAB>text<TAB>label'");
            if (header.startsWith("\uFEFF")) header = header.substring(1);
            String[] cols = header.split("\t", -1);
            int idCol = indexOf(cols, "id"), textCol = indexOf(cols, "text"), labelCol = indexOf(cols, "label");
            if (idCol < 0 || textCol < 0 || labelCol < 0)
                throw new MalformedDataException(file, 1, "bad header '" + abbreviate(header)
                        + "'; expected tab-separated columns 'id', 'text' and 'label'");
            int needed = Math.max(idCol, Math.max(textCol, labelCol)) + 1;
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                if (f.length < needed)
                    throw new MalformedDataException(file, lineNo, "expected " + cols.length + " tab-separated columns ("
                            + String.join(", ", cols) + ") but found " + f.length);
                String label = f[labelCol].strip();
                int y = switch (label) {
                    case "1" -> 1;
                    case "0" -> 0;
                    default -> throw new MalformedDataException(file, lineNo,
                            "label must be 0 or 1 but is '" + abbreviate(label) + "'");
                };
                String text = f[textCol];
                if (text.isBlank()) throw new MalformedDataException(file, lineNo, "empty text");
                out.add(new Example(f[idCol], text, y, lineNo));
            }
        } catch (NoSuchFileException e) {
            throw new MalformedDataException(file, 0, "no such file");
        } catch (CharacterCodingException e) {
            throw new MalformedDataException(file, lineNo + 1, "not valid UTF-8 text");
        } catch (IOException e) {
            throw new MalformedDataException(file, lineNo, "cannot read: " + e.getMessage());
        }
        if (out.isEmpty()) throw new MalformedDataException(file, lineNo, "no labelled rows after the header");
        return out;
    }

    private static int indexOf(String[] cols, String name) {
        for (int i = 0; i < cols.length; i++) if (cols[i].strip().equalsIgnoreCase(name)) return i;
        return -1;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
