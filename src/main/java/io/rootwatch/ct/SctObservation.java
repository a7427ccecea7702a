package io.rootwatch.ct;

import java.time.Instant;
import java.util.Optional;

/**
 * One SCT as the report shows it ({@code ct.scts[]}).
 *
 * @param logName  the log's description from the log lists; empty when no list knows the log
 * @param operator the log's operator at the SCT's timestamp; empty when no list knows the log
 */
public record SctObservation(
        SctChannel channel,
        String logIdBase64,
        Optional<String> logName,
        Optional<String> operator,
        Instant timestamp,
        SctSignatureStatus signature) {

    /** "Google 'Argon2022' log" or, for an unknown log, its id. */
    public String logLabel() {
        return logName.orElse("log " + logIdBase64);
    }
}
