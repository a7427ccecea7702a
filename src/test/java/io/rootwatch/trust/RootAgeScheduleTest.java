package io.rootwatch.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The transition steps of Mozilla Root Store Policy §7.4 as shared REFERENCE-DATA.md lists them. */
class RootAgeScheduleTest {
    private final TestPki pki = new TestPki();

    @ParameterizedTest(name = "root valid from {0} -> websites trust ends {1}")
    @CsvSource({
            "1999-06-01T00:00:00Z, 2025-04-15",
            "2005-12-31T23:59:59Z, 2025-04-15",
            "2006-01-01T00:00:00Z, 2026-04-15",
            "2007-12-31T23:59:59Z, 2026-04-15",
            "2008-01-01T00:00:00Z, 2027-04-15",
            "2009-07-01T00:00:00Z, 2027-04-15",
            "2010-01-01T00:00:00Z, 2028-04-15",
            "2011-12-31T23:59:59Z, 2028-04-15",
            "2012-01-01T00:00:00Z, 2029-04-15",
            "2012-06-30T23:59:59Z, 2029-04-15",
    })
    void scheduleByValidFrom(String validFrom, String ends) {
        var root = pki.root("Aged Root").validity(Instant.parse(validFrom), Instant.parse("2040-01-01T00:00:00Z")).build();
        assertThat(RootAgeSchedule.websitesTrustEnds(root.cert())).contains(LocalDate.parse(ends));
    }

    @ParameterizedTest
    @CsvSource({"2012-07-01T00:00:00Z", "2019-03-01T00:00:00Z"})
    void noDateClaimed_whenValidFromMayNotStandInForKeyCreation(String validFrom) {
        var root = pki.root("Young Root").validity(Instant.parse(validFrom), Instant.parse("2045-01-01T00:00:00Z")).build();
        assertThat(RootAgeSchedule.websitesTrustEnds(root.cert())).isEmpty();
    }
}
