package io.rootwatch.refdata.ctlogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rootwatch.model.Der;
import io.rootwatch.testing.Corpus;
import io.rootwatch.x509.Pem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Counts and quirks from the corpus MANIFEST, ctlogs/. */
class LogListParserTest {
    static byte[] bytes(String file) throws IOException {
        return Files.readAllBytes(Corpus.path("ctlogs/" + file));
    }

    static LogList google(String version) throws Exception {
        return LogListParser.google(bytes("google_all_logs_list_v" + version + ".json"), "v" + version);
    }

    static Map<String, Long> rfc6962StateCounts(LogList list) {
        return list.logs().stream().filter(l -> l.kind() == LogKind.RFC6962)
                .collect(Collectors.groupingBy(l -> l.state().name(), TreeMap::new, Collectors.counting()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"76.5", "78.1", "80.4", "81.6", "83.6"})
    void googleLists_have24Operators187Rfc6962And60TiledLogs(String version) throws Exception {
        LogList list = google(version);
        assertThat(list.source()).isEqualTo(Program.CHROME);
        assertThat(list.version()).isEqualTo(version);
        assertThat(list.operators()).hasSize(24);
        assertThat(list.logs().stream().filter(l -> l.kind() == LogKind.RFC6962)).hasSize(187);
        assertThat(list.logs().stream().filter(l -> l.kind() == LogKind.TILED)).hasSize(60);
    }

    @Test
    void v76_5_stateCounts_matchManifest() throws Exception {
        LogList list = google("76.5");
        assertThat(list.timestamp()).contains(Instant.parse("2025-12-01T12:53:34Z"));
        assertThat(rfc6962StateCounts(list)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "rejected", 108L, "usable", 32L, "qualified", 7L, "readonly", 6L, "retired", 4L, "none", 30L));
    }

    @Test
    void v81_6_and_v83_6_stateCounts_matchManifest() throws Exception {
        assertThat(rfc6962StateCounts(google("81.6"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "rejected", 108L, "usable", 36L, "readonly", 9L, "retired", 4L, "none", 30L));
        assertThat(rfc6962StateCounts(google("83.6"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "rejected", 122L, "usable", 27L, "readonly", 6L, "retired", 2L, "none", 30L));
    }

    @Test
    void logsWithoutStateObject_areNoState_forExampleSubmarinerAndDeneb() throws Exception {
        LogList list = google("83.6");
        assertThat(list.logs().stream().filter(l -> l.description().contains("Submariner")).findFirst().orElseThrow().state())
                .isEqualTo(new LogState.NoState());
        assertThat(list.logs().stream().filter(l -> l.description().contains("Deneb")).findFirst().orElseThrow().state())
                .isInstanceOf(LogState.NoState.class);
    }

    @Test
    void logIds_areBase64Sha256OfTheKey() throws Exception {
        for (Log log : google("83.6").logs()) {
            assertThat(java.util.Base64.getEncoder().encodeToString(log.key().sha256())).isEqualTo(log.logId());
        }
    }

    @Test
    void temporalInterval_onlyOnShardedLogs_andParsed() throws Exception {
        Log argon2020 = google("76.5").byId("sh4FzIuizYogTodm+Su5iiUgZ2va+nDnsklTLe+LkF4=").orElseThrow();
        assertThat(argon2020.description()).isEqualTo("Google 'Argon2020' log");
        assertThat(argon2020.temporalInterval()).contains(new TemporalInterval(
                Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2021-01-01T00:00:00Z")));
        assertThat(argon2020.state()).isEqualTo(new LogState.Rejected(Instant.parse("2021-04-21T00:00:00Z")));
        assertThat(argon2020.operator()).isEqualTo("Google");
    }

    @Test
    void appleLists_counts_andNoTimestamp() throws Exception {
        LogList dec = LogListParser.apple(bytes("apple_current_log_list_2025-12-02.json"), "apple-2025-12-02");
        assertThat(dec.timestamp()).isEmpty();
        assertThat(dec.version()).isEqualTo("463");
        assertThat(dec.operators()).hasSize(16);
        assertThat(rfc6962StateCounts(dec)).containsExactlyInAnyOrderEntriesOf(Map.of("usable", 41L, "rejected", 88L, "retired", 2L));
        assertThat(dec.logs().stream().filter(l -> l.kind() == LogKind.TILED)).hasSize(25);

        LogList feb = LogListParser.apple(bytes("apple_current_log_list_2026-02-04.json"), "apple-2026-02-04");
        assertThat(feb.version()).isEqualTo("499");
        assertThat(rfc6962StateCounts(feb)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "usable", 23L, "qualified", 4L, "readonly", 6L, "rejected", 102L));
        assertThat(feb.logs().stream().filter(l -> l.kind() == LogKind.TILED)).hasSize(31);
    }

    @Test
    void mozillaList_counts_multiStateLatestWins_offsetTimestamps() throws Exception {
        LogList moz = LogListParser.mozilla(bytes("mozilla_known_logs_list_2025-12-01.json"), "mozilla");
        assertThat(moz.source()).isEqualTo(Program.MOZILLA);
        assertThat(moz.timestamp()).contains(Instant.parse("2025-12-01T10:52:20Z"));
        assertThat(moz.operators()).hasSize(8);
        assertThat(moz.logs().stream().filter(l -> l.kind() == LogKind.RFC6962)).hasSize(49);
        assertThat(moz.logs().stream().filter(l -> l.kind() == LogKind.TILED)).hasSize(25);
        // Argon2025h2 carries qualified (2025-08-11T12:33:27+01:00) and usable (2025-09-22T12:29:18+01:00).
        Log argon = moz.byId("EvFONL1TckyEBhnDjz96E/jntWKHiJxtMAWE6+WGJjo=").orElseThrow();
        assertThat(argon.state()).isEqualTo(new LogState.Usable(Instant.parse("2025-09-22T11:29:18Z")));
    }

    @Test
    void ctgoExcerpt_twoOperatorsSixLogs_eachState_andOneWithout() throws Exception {
        LogList l = LogListParser.google(bytes("ctgo_testdata_loglist3_excerpt_v9.4.json"), "ctgo");
        assertThat(l.version()).isEqualTo("9.4");
        assertThat(l.operators()).hasSize(2);
        assertThat(l.logs()).hasSize(6);
        assertThat(l.logs().stream().map(x -> x.state().name()).collect(Collectors.toSet()))
                .contains("readonly", "none");
        Log aviator = l.byId("aPaY+B9kgr46jO65KB1M/HFRXWeT1ETRCmesu09P+8Q=").orElseThrow();
        assertThat(aviator.state()).isEqualTo(new LogState.ReadOnly(Instant.parse("2016-11-30T13:24:18.330Z")));
    }

    @Test
    void rxtlsList_v53_34_has21Operators175Logs6Tiled10Pending() throws Exception {
        LogList l = LogListParser.google(bytes("google_all_logs_list_v53.34_from_rxtls.json"), "rxtls");
        assertThat(l.operators()).hasSize(21);
        assertThat(l.logs().stream().filter(x -> x.kind() == LogKind.RFC6962)).hasSize(175);
        assertThat(l.logs().stream().filter(x -> x.kind() == LogKind.TILED)).hasSize(6);
        assertThat(l.logs().stream().filter(x -> x.state() instanceof LogState.Pending)).hasSize(10);
    }

    @Test
    void logIdNotMatchingKey_isAnErrorNamingInputAndLog() throws Exception {
        String json = new String(bytes("ctgo_testdata_loglist3_excerpt_v9.4.json"), StandardCharsets.UTF_8)
                .replace("aPaY+B9kgr46jO65KB1M/HFRXWeT1ETRCmesu09P+8Q=", "AAAA+B9kgr46jO65KB1M/HFRXWeT1ETRCmesu09P+8Q=");
        assertThatThrownBy(() -> LogListParser.google(json.getBytes(StandardCharsets.UTF_8), "tampered.json"))
                .isInstanceOf(LogListParseException.class)
                .hasMessageContaining("tampered.json").hasMessageContaining("Google 'Aviator' log")
                .hasMessageContaining("does not match");
    }

    @Test
    void notJson_andNoOperators_areErrorsNamingTheInput() {
        assertThatThrownBy(() -> LogListParser.apple("{oops".getBytes(StandardCharsets.UTF_8), "broken.json"))
                .isInstanceOf(LogListParseException.class).hasMessageStartingWith("broken.json: not valid JSON");
        assertThatThrownBy(() -> LogListParser.mozilla("{}".getBytes(StandardCharsets.UTF_8), "empty.json"))
                .isInstanceOf(LogListParseException.class).hasMessageStartingWith("empty.json: not a CT log list");
    }

    @Test
    void previousOperators_decideOperatorAtSctTime() throws Exception {
        String json = """
            {"version":"1","log_list_timestamp":"2025-01-01T00:00:00Z","operators":[{"name":"NewCo","email":[],"logs":[
             {"description":"L","log_id":"%s","key":"%s","url":"https://l/","mmd":86400,
              "state":{"usable":{"timestamp":"2024-01-01T00:00:00Z"}},
              "previous_operators":[{"name":"OldCo","end_time":"2024-06-01T00:00:00Z"}]}]}]}
            """;
        Log anyLog = google("83.6").logs().get(0);
        LogList l = LogListParser.google(String.format(json, anyLog.logId(),
                java.util.Base64.getEncoder().encodeToString(anyLog.key().bytes())).getBytes(StandardCharsets.UTF_8), "prev");
        Log log = l.logs().get(0);
        assertThat(log.operatorAt(Instant.parse("2024-05-31T23:59:59Z"))).isEqualTo("OldCo");
        assertThat(log.operatorAt(Instant.parse("2024-06-01T00:00:00Z"))).isEqualTo("NewCo");
    }

    static Der googleKey() throws IOException {
        return Der.of(Pem.blocks(Files.readString(Corpus.path("ctlogs/google_log_list_pubkey.pem"))).get(0).bytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"76.5", "78.1", "80.4", "81.6", "83.6"})
    void signature_verifiesWithItsOwnJson_failsWithAnotherVersion(String version) throws Exception {
        byte[] sig = bytes("google_all_logs_list_v" + version + ".sig");
        assertThat(LogListSignature.verify(bytes("google_all_logs_list_v" + version + ".json"), sig, googleKey()))
                .isEqualTo(LogListSignature.Outcome.VALID);
        String other = version.equals("76.5") ? "83.6" : "76.5";
        assertThat(LogListSignature.verify(bytes("google_all_logs_list_v" + other + ".json"), sig, googleKey()))
                .isEqualTo(LogListSignature.Outcome.INVALID);
    }

    @Test
    void signature_withNonRsaKey_isBadKey() throws Exception {
        Der ecKey = google("83.6").logs().get(0).key();
        assertThat(LogListSignature.verify(bytes("google_all_logs_list_v83.6.json"), bytes("google_all_logs_list_v83.6.sig"), ecKey))
                .isEqualTo(LogListSignature.Outcome.BAD_KEY);
    }
}
