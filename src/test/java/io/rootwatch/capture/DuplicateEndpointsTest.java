package io.rootwatch.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.model.Endpoint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DuplicateEndpointsTest {
    private static Endpoint parse(String spec, Map<String, String> tags) {
        return TargetParser.parse(spec, Optional.empty(), tags);
    }

    @Test
    void sameHostInAnotherCase_isOneEndpoint_keepingTheFirstListingsTags() {
        Endpoint first = parse("localhost:8443", Map.of("owner", "web-team"));
        Endpoint again = parse("LOCALHOST:8443", Map.of("owner", "other"));

        DuplicateEndpoints.Result r = DuplicateEndpoints.remove(List.of(first, again));

        assertThat(r.unique()).containsExactly(first);
        assertThat(r.unique().get(0).tags()).containsEntry("owner", "web-team");
        assertThat(r.skipped()).containsExactly(new DuplicateEndpoints.Skipped(again, first));
    }

    @Test
    void twoSpellingsOfOneIpv6Address_areOneEndpoint() {
        Endpoint shortForm = parse("[::1]:443", Map.of());
        Endpoint longForm = parse("[0:0:0:0:0:0:0:1]:443", Map.of());
        Endpoint upper = parse("[::0:1]:443", Map.of());

        DuplicateEndpoints.Result r = DuplicateEndpoints.remove(List.of(shortForm, longForm, upper));

        assertThat(r.unique()).containsExactly(shortForm);
        assertThat(r.skipped()).hasSize(2);
    }

    @Test
    void anotherPortProtocolOrServerName_isAnotherEndpoint() {
        List<Endpoint> all = List.of(parse("127.0.0.1:443", Map.of()), parse("127.0.0.1:8443", Map.of()),
                parse("smtp://127.0.0.1:443", Map.of()),
                TargetParser.parse("127.0.0.1:443", Optional.of("a.example"), Map.of()));

        assertThat(DuplicateEndpoints.remove(all).unique()).isEqualTo(all);
    }

    @Test
    void anSniOverrideEqualToTheHost_sendsTheSameName_soIsADuplicate() {
        Endpoint plain = parse("a.example:443", Map.of());
        Endpoint explicit = TargetParser.parse("a.example:443", Optional.of("A.example"), Map.of());

        assertThat(DuplicateEndpoints.remove(List.of(plain, explicit)).unique()).containsExactly(plain);
    }
}
