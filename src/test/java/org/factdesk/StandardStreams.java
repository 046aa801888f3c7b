package org.factdesk;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures System.out and System.err around each test, for tests that run the command line as a user
 * does and assert on what it printed: {@code @RegisterExtension final StandardStreams streams = new StandardStreams();}
 */
public final class StandardStreams implements BeforeEachCallback, AfterEachCallback {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @Override
    public void beforeEach(ExtensionContext context) {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    /** Forgets what was printed so far (before each command a test runs). */
    public void reset() {
        out.reset();
        err.reset();
    }

    /** What was printed to System.out since the last reset. */
    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What was printed to System.err since the last reset. */
    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
