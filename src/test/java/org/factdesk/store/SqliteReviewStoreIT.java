package org.factdesk.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The review store contract on the local desk: one SQLite file. */
class SqliteReviewStoreIT extends ReviewStoreContract {
    @TempDir
    Path dir;

    @Override
    ReviewStore open() {
        return Store.open(dir.resolve("data").resolve("factdesk.db"));
    }
}
