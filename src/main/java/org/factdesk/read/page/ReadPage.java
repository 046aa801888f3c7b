package org.factdesk.read.page;

import java.util.List;

/** A page as one of the format readers read it: its metadata and its body's blocks, page chrome left out. */
public record ReadPage(PageMetadata metadata, List<Block> blocks) {
    public ReadPage {
        blocks = List.copyOf(blocks);
    }
}
