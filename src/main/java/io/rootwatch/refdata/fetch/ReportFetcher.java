package io.rootwatch.refdata.fetch;

import io.rootwatch.refdata.RefDataException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads reference-data reports into a cache directory with time, hash and HTTP validators, so that offline
 * runs and repeated runs reuse what was fetched. Every request has a connect timeout, an overall deadline
 * (headers and body) and a size cap. Writes are atomic (temporary file + move), with a JSON sidecar beside each
 * file. Thread-safe for distinct URLs; close it to release the HTTP client.
 */
public final class ReportFetcher implements AutoCloseable {
    /** Default cache: {@code ~/.rootwatch/cache}. */
    public static final Path DEFAULT_CACHE_DIR = Path.of(System.getProperty("user.home"), ".rootwatch", "cache");
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(15);
    /** Whole-response deadline; the largest CCADB report (~30 MB with PEMs) needs well under this on a slow link. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofMinutes(3);
    /** Largest accepted response; CCADB's biggest reports are tens of MB. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    /** Whether a fetcher may use the network, or must answer from its cache alone ({@code --offline}). */
    public enum Network { ALLOWED, CACHE_ONLY }

    private final Path cacheDir;
    private final Duration requestTimeout;
    private final long maxBytes;
    private final HttpClient client;
    private final Network network;

    /** A fetcher with explicit limits (tests use short timeouts) that may use the network. */
    public ReportFetcher(Path cacheDir, Duration connectTimeout, Duration requestTimeout, long maxBytes) {
        this(cacheDir, connectTimeout, requestTimeout, maxBytes, Network.ALLOWED);
    }

    /**
     * A fetcher with explicit limits. With {@link Network#CACHE_ONLY} it never sends a request: a cached copy
     * of any age is returned (with a warning when older than the asked maximum), and no copy is an error.
     */
    public ReportFetcher(Path cacheDir, Duration connectTimeout, Duration requestTimeout, long maxBytes, Network network) {
        this.network = network;
        this.cacheDir = cacheDir;
        this.requestTimeout = requestTimeout;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** A fetcher caching under {@link #DEFAULT_CACHE_DIR} with the default limits. */
    public static ReportFetcher withDefaults() {
        return new ReportFetcher(DEFAULT_CACHE_DIR, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, DEFAULT_MAX_BYTES);
    }

    /**
     * Returns a copy of {@code uri} no older than {@code maxAge} by {@code clock}: a fresh cached copy is used
     * without any network request; otherwise the URL is fetched (conditionally, when the cache has an ETag or
     * Last-Modified). When the fetch fails (network error, timeout, HTTP error, oversize) a stale cached copy is
     * returned with a warning.
     *
     * @throws RefDataException when the fetch fails and there is no cached copy; the message names the URL,
     *                          the reason and the cache directory
     */
    public FetchedFile fetchIfStale(URI uri, Duration maxAge, Clock clock) throws RefDataException {
        return fetchIfStale(uri, maxAge, clock, BodyCheck.ANY);
    }

    /**
     * As {@link #fetchIfStale(URI, Duration, Clock)}, but a 200 body that fails {@code check} counts as a failed
     * fetch: it is not cached, the previous copy stays (with its old retrieval time, so the next run asks
     * again) and the warning names the URL and what came back.
     */
    public FetchedFile fetchIfStale(URI uri, Duration maxAge, Clock clock, BodyCheck check) throws RefDataException {
        CacheEntry entry = new CacheEntry(cacheDir, uri.toString());
        Optional<CacheEntry.Meta> cached = entry.read();
        Instant now = clock.instant();
        if (cached.isPresent()) {
            Instant at = Instant.parse(cached.get().retrievedAt());
            if (!at.isAfter(now) && Duration.between(at, now).compareTo(maxAge) <= 0) {
                return new FetchedFile(entry.data(), at, cached.get().sha256(), uri, List.of());
            }
        }
        if (network == Network.CACHE_ONLY) {
            return cachedOnly(uri, entry, cached, maxAge);
        }
        String failure;
        try {
            HttpResponse<byte[]> response = send(uri, cached);
            int status = response.statusCode();
            if (status == 304 && cached.isPresent()) {
                CacheEntry.Meta m = cached.get();
                entry.write(java.nio.file.Files.readAllBytes(entry.data()),
                        new CacheEntry.Meta(m.url(), now.toString(), m.sha256(), m.etag(), m.lastModified()));
                return new FetchedFile(entry.data(), now, m.sha256(), uri, List.of());
            }
            if (status == 200) {
                byte[] body = response.body();
                Optional<String> unusable = check.problem(body);
                if (unusable.isEmpty()) {
                    String sha = CacheEntry.sha256Hex(body);
                    entry.write(body, new CacheEntry.Meta(uri.toString(), now.toString(), sha,
                            response.headers().firstValue("ETag").orElse(""),
                            response.headers().firstValue("Last-Modified").orElse("")));
                    return new FetchedFile(entry.data(), now, sha, uri, List.of());
                }
                failure = "HTTP 200, but the " + body.length + "-byte body"
                        + response.headers().firstValue("Content-Type").map(t -> " (" + t + ")").orElse("")
                        + " is not what was expected: " + unusable.get();
            } else {
                failure = "HTTP " + status;
            }
        } catch (TimeoutException e) {
            failure = "no complete response within " + requestTimeout.toMillis() + " ms";
        } catch (ExecutionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            failure = c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage());
        } catch (java.io.IOException e) {
            failure = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        }
        if (cached.isPresent()) {
            Instant at = Instant.parse(cached.get().retrievedAt());
            return new FetchedFile(entry.data(), at, cached.get().sha256(), uri, List.of("could not fetch " + uri
                    + " (" + failure + "); using the cached copy retrieved at " + at + ", which may be stale"));
        }
        throw new RefDataException("could not fetch " + uri + " (" + failure + ") and there is no cached copy in "
                + cacheDir);
    }

    private FetchedFile cachedOnly(URI uri, CacheEntry entry, Optional<CacheEntry.Meta> cached, Duration maxAge)
            throws RefDataException {
        if (cached.isEmpty()) {
            throw new RefDataException("offline: no cached copy of " + uri + " in " + cacheDir);
        }
        Instant at = Instant.parse(cached.get().retrievedAt());
        return new FetchedFile(entry.data(), at, cached.get().sha256(), uri, List.of("offline: using the cached copy of "
                + uri + " retrieved at " + at + " (it may be older than " + maxAge.toHours() + " hours)"));
    }

    private HttpResponse<byte[]> send(URI uri, Optional<CacheEntry.Meta> cached)
            throws InterruptedException, ExecutionException, TimeoutException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(requestTimeout).GET()
                .header("User-Agent", "rootwatch");
        cached.ifPresent(m -> {
            if (!m.etag().isEmpty()) {
                b.header("If-None-Match", m.etag());
            }
            if (!m.lastModified().isEmpty()) {
                b.header("If-Modified-Since", m.lastModified());
            }
        });
        CompletableFuture<HttpResponse<byte[]>> f = client.sendAsync(b.build(), LimitedBodySubscriber.handler(maxBytes));
        try {
            // HttpRequest.timeout covers only the wait for headers; this deadline also bounds a stalled body.
            return f.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            f.cancel(true);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
