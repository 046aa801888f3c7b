package org.factdesk.app.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Lines files (one JSON object a line, blank lines skipped) as the evaluations and the lab's trainers read
 * their labelled data: the loop and the line numbers here, what a line means in the caller.
 */
public final class JsonLines {
    private JsonLines() {
    }

    /** What one non-blank line becomes; {@code number} is its 1-based line number in the file, for messages. */
    @FunctionalInterface
    public interface LineReader<T, E extends Exception> {
        T read(String line, long number) throws E;
    }

    /** Every non-blank line of {@code file} (UTF-8) through {@code reader}, in order. */
    public static <T, E extends Exception> List<T> read(Path file, LineReader<T, E> reader) throws IOException, E {
        List<T> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    out.add(reader.read(line, number));
                }
            }
        }
        return out;
    }
}
