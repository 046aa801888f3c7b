package org.factdesk.archive;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * CSV records (RFC 4180: comma, double quotes, {@code ""} for a quote inside quotes, line breaks inside quotes), read
 * line by line with the line each record starts on. A record that cannot be read is one problem, and reading goes
 * on: a quote that is never closed used to swallow the rest of the file into one field (Commons CSV reads to the
 * end, then fails), counted as one line. Here a quoted field may run over at most {@link #MAX_RECORD_LINES} lines
 * and {@link #MAX_RECORD_CHARS} characters; a record that reaches the end of the file or a limit inside quotes is
 * reported at its first line, and reading starts again on the line after it. Values are trimmed, blank lines skipped.
 */
final class CsvRecords {
    static final int MAX_RECORD_LINES = 1_000;
    static final int MAX_RECORD_CHARS = 16 << 20;

    /** A record: the line it starts on (1-based) and its values. */
    record Record(long line, List<String> values) {
    }

    /** A record that cannot be read; {@link CsvRecords#next()} goes on after it. */
    static final class BadRecord extends Exception {
        final long line;

        BadRecord(long line, String message) {
            super(message);
            this.line = line;
        }
    }

    private final Lines lines;
    /** Lines read ahead for a record that turned out bad, to be read again (the lines after its first). */
    private final Deque<Line> pushedBack = new ArrayDeque<>();

    private record Line(long number, String text, boolean cut) {
    }

    CsvRecords(Reader reader) {
        this.lines = new Lines(reader);
    }

    /** The next record, or null at the end; a {@link BadRecord} for one that cannot be read (then call again). */
    Record next() throws IOException, BadRecord {
        Line first;
        do {
            first = nextLine();
            if (first == null) {
                return null;
            }
        } while (first.text.isBlank() && !first.cut);
        if (first.cut) {
            throw new BadRecord(first.number, "the line is longer than " + (MAX_RECORD_CHARS >> 20)
                    + " MB; it was skipped");
        }
        List<Line> read = new ArrayList<>();
        read.add(first);
        Parser p = new Parser();
        p.feed(first.text);
        long chars = first.text.length();
        while (p.inQuotes && !p.malformed) {
            Line more = nextLine();
            if (more == null || more.cut || read.size() >= MAX_RECORD_LINES || chars >= MAX_RECORD_CHARS) {
                if (more != null) {
                    read.add(more);
                }
                throw bad(read, "a quoted value opened on this line is not closed " + (more == null
                        ? "before the end of the file" : "within " + MAX_RECORD_LINES + " lines") + " (an unmatched \")");
            }
            read.add(more);
            chars += more.text.length() + 1;
            p.feed("\n");
            p.feed(more.text);
        }
        if (p.malformed) {
            long at = read.getLast().number;
            throw bad(read, read.size() == 1 ? "text follows the closing quote of a value (an unmatched \")"
                    : "a quoted value opened on this line closes on line " + at + " with text right after the quote,"
                    + " so a \" on this line is unmatched");
        }
        return new Record(first.number, p.finish());
    }

    /**
     * A record that cannot be read: skipped at its first line; the lines read after it are read again, since the
     * rest may well be good rows (a stray quote on one line would otherwise take the next ones with it).
     */
    private BadRecord bad(List<Line> read, String what) {
        for (int i = read.size() - 1; i >= 1; i--) {
            pushedBack.push(read.get(i));
        }
        return new BadRecord(read.getFirst().number, what + "; the line was skipped and reading went on with the next"
                + " one");
    }

    private Line nextLine() throws IOException {
        return pushedBack.isEmpty() ? lines.next() : pushedBack.pop();
    }

    /** The values of one record, fed line by line. */
    private static final class Parser {
        private final List<String> values = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private boolean atFieldStart = true;
        boolean inQuotes;
        /** A value's closing quote was followed by something other than a comma, a blank or the line's end. */
        boolean malformed;
        private boolean afterClosingQuote;

        void feed(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (inQuotes) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            inQuotes = false;
                            afterClosingQuote = true;
                        }
                    } else {
                        field.append(c);
                    }
                } else if (c == ',') {
                    endField();
                } else if (afterClosingQuote) {
                    if (!Character.isWhitespace(c)) {
                        malformed = true;
                        return;
                    }
                } else if (c == '"' && atFieldStart) {
                    inQuotes = true;
                    atFieldStart = false;
                } else if (atFieldStart && Character.isWhitespace(c)) {
                    continue; // blanks before a value (or before its opening quote) are trimmed anyway
                } else {
                    atFieldStart = false; // a quote inside an unquoted value is kept as written
                    field.append(c);
                }
            }
        }

        private void endField() {
            values.add(field.toString().strip());
            field.setLength(0);
            atFieldStart = true;
            afterClosingQuote = false;
        }

        List<String> finish() {
            endField();
            return values;
        }
    }

    /** Physical lines (\n, \r\n or \r), each at most {@link #MAX_RECORD_CHARS} characters kept (longer: cut). */
    private static final class Lines {
        private final Reader in;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int len;
        private long number;
        private boolean pendingLf;

        Lines(Reader in) {
            this.in = in;
        }

        Line next() throws IOException {
            StringBuilder sb = new StringBuilder();
            boolean any = false;
            boolean cut = false;
            while (true) {
                if (pos == len) {
                    len = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (len <= 0) {
                        len = 0;
                        return any ? new Line(++number, sb.toString(), cut) : null;
                    }
                }
                char c = buf[pos++];
                if (pendingLf) {
                    pendingLf = false;
                    if (c == '\n') {
                        continue; // the \n of a \r\n
                    }
                }
                any = true;
                if (c == '\n' || c == '\r') {
                    pendingLf = c == '\r';
                    return new Line(++number, sb.toString(), cut);
                }
                if (sb.length() < MAX_RECORD_CHARS) {
                    sb.append(c);
                } else {
                    cut = true;
                }
            }
        }
    }
}
