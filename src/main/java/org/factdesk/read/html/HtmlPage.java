package org.factdesk.read.html;

import java.util.List;
import org.factdesk.read.page.Block;
import org.factdesk.read.page.PageMetadata;
import org.factdesk.read.page.ReadPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A saved web page: its metadata, then its main content. */
public final class HtmlPage {
    private HtmlPage() {
    }

    /**
     * @param html    the decoded page
     * @param baseUrl where the page came from (resolves relative links), or empty
     */
    public static ReadPage read(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        PageMetadata metadata = HtmlMetadata.of(doc);
        List<Block> blocks = MainContent.blocks(doc);
        return new ReadPage(metadata, blocks);
    }
}
