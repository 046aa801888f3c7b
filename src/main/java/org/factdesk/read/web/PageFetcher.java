package org.factdesk.read.web;

import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.factdesk.read.page.ReadException;
import org.factdesk.task.CancelledException;
import org.factdesk.task.Progress;

/**
 * Fetches one page the user asked for, and nothing else: FactDesk's only use of the network. http and
 * https only, at most {@value #MAX_REDIRECTS} redirects (each checked the same way), timeouts on
 * connecting and on the whole response, and a size cap read as the bytes arrive.
 */
public final class PageFetcher {
    public static final int MAX_REDIRECTS = 5;

    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final long maxBytes;
    private final HttpClient client;

    /** A fetched page: where it ended up after redirects, its declared type, and its bytes. */
    public record Fetched(URI finalUri, String contentType, byte[] body) {
    }

    public PageFetcher(Duration connectTimeout, Duration responseTimeout, long maxBytes) {
        this.connectTimeout = connectTimeout;
        this.responseTimeout = responseTimeout;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER) // followed here, so each hop is checked
                .build();
    }

    /** The user's own input as a URL: http(s) with a host, else a message saying what is wrong. */
    public static URI parse(String text) {
        String s = text == null ? "" : text.strip();
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new ReadException("'" + s + "' is not a web address (" + e.getReason() + "). Copy the address "
                    + "from the browser's address bar, starting with https://.");
        }
        checkScheme(uri, s);
        return uri;
    }

    /** True when the text is one http(s) address and nothing else (a pasted link). */
    public static boolean isUrl(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty() || s.length() > 8192 || s.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return false;
        }
        try {
            URI u = new URI(s);
            return u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public Fetched fetch(URI uri, Progress progress) {
        URI current = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            progress.checkCancelled();
            progress.update(0, -1, "Fetching " + current.getHost());
            HttpRequest request = HttpRequest.newBuilder(current)
                    .timeout(responseTimeout)
                    .header("User-Agent", "FactDesk (desktop fact-checking workbench)")
                    .header("Accept", "text/html,application/xhtml+xml,text/markdown,text/plain,application/pdf;q=0.9,*/*;q=0.1")
                    .GET().build();
            HttpResponse<byte[]> response = send(request, current, progress);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new ReadException(current + " answered with a redirect (" + status + ") to nowhere.");
                }
                URI next;
                try {
                    next = current.resolve(new URI(location.get().strip()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw new ReadException(current + " redirects to an invalid address: " + location.get());
                }
                checkScheme(next, next.toString());
                current = next;
                continue;
            }
            if (status != 200) {
                throw new ReadException(current + " answered " + status + " " + statusText(status) + ". "
                        + (status == 404 || status == 410 ? "The page is gone: check the address, or find a saved copy."
                        : status >= 500 ? "The site has a problem; try again later."
                        : status == 401 || status == 403 ? "The site refuses to show it to FactDesk: open it in the "
                        + "browser, save it (Ctrl+S) and open the file." : "Check the address."));
            }
            return new Fetched(current, response.headers().firstValue("Content-Type").orElse(""), response.body());
        }
        throw new ReadException(uri + " redirects more than " + MAX_REDIRECTS + " times (a redirect loop?). Open it "
                + "in the browser, save the page and open the file.");
    }

    /** One request, its body capped, the whole exchange bounded by the response timeout and the user's cancel. */
    private HttpResponse<byte[]> send(HttpRequest request, URI where, Progress progress) {
        HttpResponse.BodyHandler<byte[]> handler = info -> info.statusCode() == 200
                ? new CappedBody(maxBytes, info.headers().firstValueAsLong("Content-Length").orElse(-1), progress,
                        where.getHost())
                : HttpResponse.BodySubscribers.replacing(new byte[0]);
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, handler);
        long deadline = System.nanoTime() + responseTimeout.toNanos();
        try {
            while (true) {
                try {
                    return future.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (progress.isCancelled()) {
                        future.cancel(true);
                        throw new CancelledException();
                    }
                    if (System.nanoTime() > deadline) {
                        future.cancel(true);
                        throw new ReadException(where + " did not send the page within " + responseTimeout.toSeconds()
                                + " s. Try again later, or save the page in the browser (Ctrl+S) and open the file.");
                    }
                }
            }
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            throw failure(e.getCause() == null ? e : e.getCause(), where);
        }
    }

    private RuntimeException failure(Throwable e, URI where) {
        if (e instanceof CancelledException c) {
            return c;
        }
        if (e instanceof CappedBody.TooLarge) {
            return new ReadException(where + " is larger than " + maxBytes / (1024 * 1024) + " MB: that is not one "
                    + "article. Open the article's own page.");
        }
        if (e instanceof HttpConnectTimeoutException) {
            return new ReadException("Could not connect to " + where.getHost() + " within "
                    + connectTimeout.toSeconds() + " s. Check the connection, or save the page in the browser "
                    + "(Ctrl+S) and open the file.", e);
        }
        if (e instanceof HttpTimeoutException) {
            return new ReadException(where + " did not answer within " + responseTimeout.toSeconds()
                    + " s. Try again later, or save the page in the browser (Ctrl+S) and open the file.", e);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof UnknownHostException || e instanceof UnknownHostException) {
            return new ReadException("There is no web site " + where.getHost() + " (the name is unknown). "
                    + "Check the address and the connection.", e);
        }
        if (e instanceof ConnectException || root instanceof ConnectException) {
            return new ReadException("Could not connect to " + where.getHost() + " (" + reason(root)
                    + "). Check the address and the connection.", e);
        }
        return new ReadException("Could not fetch " + where + ": " + reason(e)
                + ". Save the page in the browser (Ctrl+S) and open the file instead.", e);
    }

    private static void checkScheme(URI uri, String text) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ReadException("FactDesk fetches only http:// and https:// addresses, not '" + text
                    + "'. For a file on this computer, use File > Open.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new ReadException("'" + text + "' names no web site. Copy the whole address from the browser.");
        }
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String statusText(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "";
        };
    }
}
