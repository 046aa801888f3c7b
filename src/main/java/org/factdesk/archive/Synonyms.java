package org.factdesk.archive;

import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

/**
 * Aliases and synonyms fact-checkers rely on (DPRK / North Korea / Pyongyang ...), read from the
 * editable resource {@code /factdesk/archive/synonyms.txt} (source: {@code resources/archive/synonyms.txt})
 * plus an optional {@code synonyms.txt} in the archive folder. Applied at query time only, so editing
 * them never needs a re-index.
 */
public final class Synonyms {
    public static final String RESOURCE = "/factdesk/archive/synonyms.txt";
    public static final String LOCAL_FILE = "synonyms.txt";

    private Synonyms() {
    }

    /** The bundled rules plus the archive folder's own file when present (archiveDir may be null). */
    public static SynonymMap load(Path archiveDir) {
        try {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, ArchiveSchema.synonymRuleAnalyzer());
            try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
                if (in != null) {
                    parse(parser, new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
                }
            }
            if (archiveDir != null && Files.isRegularFile(archiveDir.resolve(LOCAL_FILE))) {
                Path local = archiveDir.resolve(LOCAL_FILE);
                parse(parser, Files.newBufferedReader(local, StandardCharsets.UTF_8), local.toString());
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void parse(SolrSynonymParser parser, Reader reader, String where) throws IOException {
        try (reader) {
            parser.parse(reader);
        } catch (ParseException | IllegalArgumentException e) {
            throw new IOException("synonym file " + where + " has a bad rule (line " + lineOf(e) + "): "
                    + e.getMessage() + ". Fix or remove that line.", e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException("synonym file " + where + " is not UTF-8 text. Save it as UTF-8 and open again.", e);
        }
    }

    private static String lineOf(Exception e) {
        return e instanceof ParseException pe ? String.valueOf(pe.getErrorOffset()) : "?";
    }
}
