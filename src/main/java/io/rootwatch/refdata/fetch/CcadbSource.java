package io.rootwatch.refdata.fetch;

import io.rootwatch.refdata.RefDataException;
import io.rootwatch.refdata.RefDataLoader;
import io.rootwatch.refdata.ReferenceData;
import io.rootwatch.refdata.ReportKind;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fetches the four Mozilla CCADB reports rootwatch uses, and Mozilla's OneCRL, and loads them with
 * {@link RefDataLoader}; each snapshot names the URL and the retrieval time. The included-roots report is
 * required; the removed, upcoming-removal and intermediates reports and OneCRL are optional (a failure becomes a
 * warning, and the verdicts lose only what that input adds).
 */
public final class CcadbSource {
    /** The CCADB public-report host. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://ccadb.my.salesforce-sites.com");
    public static final String INCLUDED_ROOTS_PATH = "/mozilla/IncludedCACertificateReportPEMCSV";
    public static final String REMOVED_ROOTS_PATH = "/mozilla/RemovedCACertificateReportPEMCSV";
    public static final String UPCOMING_REMOVALS_PATH = "/mozilla/UpcomingRootRemovalsReportPEMCSV";
    public static final String INTERMEDIATES_PATH = "/mozilla/PublicAllIntermediateCertsWithPEMCSV";
    /** Where Firefox's Remote Settings publish OneCRL. */
    public static final URI ONECRL_HOST = URI.create("https://firefox.settings.services.mozilla.com");
    public static final String ONECRL_PATH = "/v1/buckets/security-state/collections/onecrl/records";
    /** CCADB regenerates the reports continuously; a day keeps repeated scans off the network. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(24);

    private CcadbSource() {
    }

    /**
     * What each URL must serve before its copy is cached. The intermediates path accepts CCADB's all-CA-PEM report
     * too: the loader takes either as the CA pool, and a mirror may hold that one.
     */
    static BodyCheck expected(String path) {
        return switch (path) {
            case INCLUDED_ROOTS_PATH -> BodyCheck.report(ReportKind.CCADB_INCLUDED_ROOTS);
            case REMOVED_ROOTS_PATH -> BodyCheck.report(ReportKind.CCADB_REMOVED_ROOTS);
            case UPCOMING_REMOVALS_PATH -> BodyCheck.report(ReportKind.CCADB_UPCOMING_REMOVALS);
            case INTERMEDIATES_PATH -> BodyCheck.report(ReportKind.CCADB_INTERMEDIATES, ReportKind.CCADB_CA_PEMS);
            case ONECRL_PATH -> BodyCheck.report(ReportKind.MOZILLA_ONECRL);
            default -> throw new IllegalArgumentException("not a CCADB report path: " + path);
        };
    }

    /**
     * Fetches (or reuses cached copies of) the four reports under {@code baseUrl}, and OneCRL (from Mozilla, or
     * from the same mirror when {@code baseUrl} is one), and loads them.
     *
     * @throws RefDataException when the included-roots report cannot be had at all, or a report is broken
     */
    public static ReferenceData fetchAndLoad(ReportFetcher fetcher, URI baseUrl, Duration maxAge, Clock clock)
            throws RefDataException {
        List<String> warnings = new ArrayList<>();
        List<RefDataLoader.Input> inputs = new ArrayList<>();
        String base = baseUrl.toString().replaceAll("/+$", "");
        // A mirror (a base other than CCADB's) serves OneCRL too, under Remote Settings' own path.
        String oneCrlBase = baseUrl.equals(DEFAULT_BASE_URL) ? ONECRL_HOST.toString() : base;
        for (String path : List.of(INCLUDED_ROOTS_PATH, REMOVED_ROOTS_PATH, UPCOMING_REMOVALS_PATH, INTERMEDIATES_PATH,
                ONECRL_PATH)) {
            URI uri = URI.create((path.equals(ONECRL_PATH) ? oneCrlBase : base) + path);
            try {
                FetchedFile f = fetcher.fetchIfStale(uri, maxAge, clock, expected(path));
                warnings.addAll(f.warnings());
                inputs.add(new RefDataLoader.Input(f.file(), uri.toString(), Optional.of(f.retrievedAt())));
            } catch (RefDataException e) {
                if (path.equals(INCLUDED_ROOTS_PATH)) {
                    throw e;
                }
                warnings.add(e.getMessage() + "; continuing without it");
            }
        }
        ReferenceData loaded = RefDataLoader.loadInputs(inputs);
        List<String> all = new ArrayList<>(warnings);
        all.addAll(loaded.warnings());
        return loaded.withWarnings(all);
    }
}
