package org.factdesk.archive;

import org.factdesk.model.Article;
import org.factdesk.read.ArticleReader;
import org.factdesk.read.page.ReadException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A folder of .html, .md, .txt and .pdf files, one article each (sub-folders included), each read by the
 * article reader the workbench opens files with. The id is the
 * file's path relative to the folder, so re-importing the folder replaces rather than duplicates.
 */
final class FolderReader implements SourceReader {
    static final List<String> EXTENSIONS = List.of(".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf");

    @Override
    public void read(Path folder, ImportSink sink) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(FolderReader::supported).sorted().toList();
        }
        if (files.isEmpty()) {
            sink.note(new ImportProblem(folder.toString(), 0,
                    "no .html, .md, .txt or .pdf files in this folder; nothing imported"));
        }
        int n = 0;
        for (Path f : files) {
            sink.position(n++, files.size());
            readFile(f, folder.relativize(f).toString().replace('\\', '/'), sink);
        }
        sink.position(files.size(), files.size());
    }

    static boolean supported(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith) && !name.startsWith(".");
    }

    /** One file as one article with the given id, read as the workbench opens it. */
    static void readFile(Path f, String id, ImportSink sink) throws IOException {
        String file = f.toString();
        ArticleReader.Result read;
        try {
            read = ArticleReader.read(f);
        } catch (ReadException e) {
            sink.skip(new ImportProblem(file, 0, e.getMessage()));
            return;
        }
        read.notes().forEach(n -> sink.note(new ImportProblem(file, 0, n)));
        Article a = read.article().withId(id);
        if (a.published() == null) {
            // The page states no date: the file's is the best guess at when it was written.
            LocalDate modified = Files.getLastModifiedTime(f).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            a = a.withMetadata(a.title(), a.source(), modified, a.url());
        }
        sink.accept(a, file, 0);
    }
}
