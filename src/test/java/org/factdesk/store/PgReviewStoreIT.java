package org.factdesk.store;

import org.junit.jupiter.api.BeforeEach;

/** The review store contract on a team desk: a real PostgreSQL server, signed in as a reviewer. */
class PgReviewStoreIT extends ReviewStoreContract {
    private DeskFixture desk;

    @BeforeEach
    void newDesk() {
        desk = DeskFixture.create("contract");
    }

    @Override
    ReviewStore open() {
        return desk.store(DeskFixture.REVIEWER);
    }
}
