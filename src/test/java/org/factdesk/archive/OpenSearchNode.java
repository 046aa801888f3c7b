package org.factdesk.archive;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node OpenSearch for the integration tests: the integ-test-zip distribution that Maven unpacks under
 * target/ (pom.xml), run on the JDK running the tests with a small heap, in a folder of its own. OpenSearch refuses to
 * run as root, and CI runs as root: there the node runs as {@code nobody} (setpriv), in a folder that account owns.
 * One node is shared by the test classes ({@link #shared()}); a test that kills a node starts its own.
 */
public final class OpenSearchNode implements AutoCloseable {
    /** Where pom.xml unpacks the distribution (system property set by failsafe and surefire). */
    static final String HOME_PROPERTY = "factdesk.opensearch.home";
    static final Duration START_TIMEOUT = Duration.ofSeconds(300);

    private static OpenSearchNode shared;

    private final Path home;
    private final Path dir;
    private final int httpPort;
    private final int transportPort;
    /** How the node finds its cluster: single-node, or the seed hosts and roles of a node of several. */
    private final List<String> discovery;
    /** Nodes the cluster has when this one is up (the health call waits for them). */
    private final int clusterNodes;
    private Process process;
    /** How long the last start took, until the cluster was green: printed, and in the README. */
    private Duration startTime;

    private OpenSearchNode(Path home, Path dir, int httpPort, int transportPort, List<String> discovery,
                           int clusterNodes) {
        this.home = home;
        this.dir = dir;
        this.httpPort = httpPort;
        this.transportPort = transportPort;
        this.discovery = discovery;
        this.clusterNodes = clusterNodes;
    }

    /** The node shared by the test classes of this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized OpenSearchNode shared() throws IOException {
        if (shared == null) {
            shared = start("shared");
            OpenSearchNode node = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(node::close));
        }
        return shared;
    }

    /** A node of its own (stop or kill it, then {@link #restart()} on the same data). */
    static OpenSearchNode start(String name) throws IOException {
        OpenSearchNode node = prepare(name, freePort(), freePort(), List.of("discovery.type=single-node"), 1);
        node.launch();
        return node;
    }

    /**
     * A cluster of {@code size} nodes on loopback, started side by side: the first is the cluster manager (and holds
     * data), the others hold data only, so killing one of them never leaves the cluster without its manager.
     * The first node is the one clients talk to.
     */
    static List<OpenSearchNode> cluster(String name, int size) throws IOException {
        int[] http = new int[size];
        int[] transport = new int[size];
        List<String> seeds = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            http[i] = freePort();
            transport[i] = freePort();
            seeds.add("127.0.0.1:" + transport[i]);
        }
        List<OpenSearchNode> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                String nodeName = name + "-" + (i + 1);
                OpenSearchNode node = prepare(nodeName, http[i], transport[i], List.of(
                        "cluster.name=" + name, "node.name=" + nodeName,
                        "node.roles=" + (i == 0 ? "cluster_manager,data,ingest" : "data,ingest"),
                        "discovery.seed_hosts=" + String.join(",", seeds),
                        "cluster.initial_cluster_manager_nodes=" + name + "-1"), size);
                nodes.add(node);
                node.startProcess();
            }
            for (OpenSearchNode node : nodes) {
                node.waitUntilGreen();
            }
            return nodes;
        } catch (IOException | RuntimeException e) {
            nodes.forEach(OpenSearchNode::close);
            throw e;
        }
    }

    private static OpenSearchNode prepare(String name, int httpPort, int transportPort, List<String> discovery,
                                          int clusterNodes) throws IOException {
        String property = System.getProperty(HOME_PROPERTY);
        if (property == null || !Files.isDirectory(Path.of(property, "bin"))) {
            throw new IllegalStateException("No OpenSearch distribution at " + property + " (" + HOME_PROPERTY + "):"
                    + " run the tests through Maven, which unpacks org.opensearch.distribution.integ-test-zip under"
                    + " target/ (mvn -o verify, or mvn -o process-test-resources once).");
        }
        Path home = Path.of(property).toAbsolutePath();
        Path dir = Files.createTempDirectory("factdesk-opensearch-" + name + "-");
        // the node's own configuration (the distribution's, plus settings below), data and logs
        Path config = Files.createDirectories(dir.resolve("config"));
        try (var files = Files.list(home.resolve("config"))) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, config.resolve(f.getFileName()));
                }
            }
        }
        OpenSearchNode node = new OpenSearchNode(home, dir, httpPort, transportPort, discovery, clusterNodes);
        // a small heap; the GC log, heap dumps and crash files in the node's folder (the distribution's is read-only)
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Files.writeString(config.resolve("jvm.options"), Files.readString(config.resolve("jvm.options"))
                .replace("-Xms1g", "-Xms512m").replace("-Xmx1g", "-Xmx512m")
                .replace("file=logs/gc.log", "file=" + logs.resolve("gc.log"))
                .replace("-XX:HeapDumpPath=data", "-XX:HeapDumpPath=" + logs)
                .replace("-XX:ErrorFile=logs/", "-XX:ErrorFile=" + logs + "/"));
        if (isRoot()) {
            run("chown", "-R", "nobody:nogroup", dir.toString());
            run("chmod", "755", dir.toString());
        }
        return node;
    }

    private void launch() throws IOException {
        startProcess();
        waitUntilGreen();
    }

    private void startProcess() throws IOException {
        List<String> cmd = new ArrayList<>();
        if (isRoot()) {
            cmd.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
        }
        cmd.addAll(List.of("bash", home.resolve("bin/opensearch").toString()));
        for (String setting : discovery) {
            cmd.addAll(List.of("-E", setting));
        }
        cmd.addAll(List.of("-E", "network.host=127.0.0.1",
                "-E", "http.port=" + httpPort,
                "-E", "transport.port=" + transportPort,
                "-E", "path.data=" + dir.resolve("data"),
                "-E", "path.logs=" + dir.resolve("logs"),
                "-E", "cluster.routing.allocation.disk.threshold_enabled=false",
                "-E", "action.destructive_requires_name=false"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("console.log").toFile());
        pb.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("OPENSEARCH_PATH_CONF", dir.resolve("config").toString());
        pb.environment().put("HOME", dir.toString());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("OPENSEARCH_JAVA_OPTS");
        startedAt = System.nanoTime();
        process = pb.start();
    }

    private long startedAt;

    private void waitUntilGreen() throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IOException("OpenSearch exited with " + process.exitValue() + " while starting: "
                            + tail(dir.resolve("console.log")));
                }
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url()
                                    + "/_cluster/health?wait_for_status=yellow&wait_for_nodes=" + clusterNodes
                                    + "&timeout=2s")).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        startTime = Duration.ofNanos(System.nanoTime() - startedAt);
                        System.out.printf("OpenSearch node on port %d green in %.1f s%n", httpPort,
                                startTime.toMillis() / 1000.0);
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while OpenSearch started", e);
        }
        String log = tail(dir.resolve("console.log")); // before close(), which removes the node's folder
        close();
        throw new IOException("OpenSearch did not start within " + START_TIMEOUT.toSeconds() + " s: " + log);
    }

    /** The address FactDesk is given for this node's index. */
    public String archive(String index) {
        return "opensearch://127.0.0.1:" + httpPort + "/" + index;
    }

    String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    Duration startTime() {
        return startTime;
    }

    /** The node dies at once (SIGKILL), as a crash or a pulled plug would stop it. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** Starts the node again on the same data and ports. */
    void restart() throws IOException {
        launch();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        OpenSearchArchive.deleteTree(dir);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void run(String... cmd) throws IOException {
        try {
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", cmd) + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
