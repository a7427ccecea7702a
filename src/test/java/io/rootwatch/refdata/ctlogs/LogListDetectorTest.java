package io.rootwatch.refdata.ctlogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rootwatch.testing.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogListDetectorTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "apple_current_log_list_2026-02-04.json, APPLE",
        "google_all_logs_list_v83.6.json, CHROME",
        "ctgo_testdata_loglist3_excerpt_v9.4.json, CHROME",
        "mozilla_known_logs_list_2025-12-01.json, MOZILLA"})
    void corpusLists_areRecognisedByContent(String file, Program expected) throws Exception {
        byte[] json = Files.readAllBytes(Corpus.path("ctlogs/" + file));
        assertThat(LogListDetector.parseAny(json, file).source()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"not json at all", "{\"logs\": []}", "[1,2,3]"})
    void nonLists_areRefusedNamingTheInput(String content) {
        assertThatThrownBy(() -> LogListDetector.parseAny(content.getBytes(StandardCharsets.UTF_8), "x.json"))
                .isInstanceOf(LogListParseException.class).hasMessageStartingWith("x.json: ");
    }
}
