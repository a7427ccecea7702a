package io.rootwatch.refdata.fetch;

import io.rootwatch.refdata.RefDataException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Where the browsers publish their CT log lists. Mozilla's known-logs list is compiled into Firefox and
 * has no published URL; give it offline with {@code --ct-logs}.
 */
public final class CtLogListSource {
    /** Chrome's list of logs it accepts (v3 schema). */
    public static final URI CHROME_LOG_LIST = URI.create("https://www.gstatic.com/ct/log_list/v3/log_list.json");
    /** Apple's current list. */
    public static final URI APPLE_LOG_LIST = URI.create("https://valid.apple.com/ct/log_list/current_log_list.json");
    /** Log lists change every few days; Chrome itself stops enforcing at 70 days, so a day is plenty fresh. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(24);

    private CtLogListSource() {
    }

    /** The default list URLs, Chrome's first. */
    public static List<URI> defaults() {
        return List.of(CHROME_LOG_LIST, APPLE_LOG_LIST);
    }

    /** Where Google publishes a list's detached signature: {@code log_list.json} → {@code log_list.sig}. */
    public static URI signatureOf(URI list) {
        String s = list.toString();
        return URI.create(s.endsWith(".json") ? s.substring(0, s.length() - 5) + ".sig" : s + ".sig");
    }

    /**
     * Fetches one list (from cache when fresh); the caller parses it. A body that is not a log list (an error
     * page served with 200, a cut download) never replaces the cached copy.
     */
    public static FetchedFile fetch(ReportFetcher fetcher, URI uri, java.time.Clock clock) throws RefDataException {
        return fetcher.fetchIfStale(uri, DEFAULT_MAX_AGE, clock, BodyCheck.logList());
    }

    /** Fetches a list's detached signature; its verification against the pinned key is what judges it. */
    public static FetchedFile fetchSignature(ReportFetcher fetcher, URI list, java.time.Clock clock)
            throws RefDataException {
        return fetcher.fetchIfStale(signatureOf(list), DEFAULT_MAX_AGE, clock, BodyCheck.ANY);
    }
}
