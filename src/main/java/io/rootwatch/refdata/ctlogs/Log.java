package io.rootwatch.refdata.ctlogs;

import io.rootwatch.model.Der;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One CT log of a list.
 *
 * @param logId             base64 SHA-256 of {@code key} (checked against the list when parsed)
 * @param key               the log's DER SubjectPublicKeyInfo
 * @param operator          the operator's name (the enclosing {@code operators} entry)
 * @param url               the RFC 6962 {@code url}, or a tiled log's {@code submission_url}; "" if none
 * @param logType           {@code log_type} when the list gives one ("test", "monitoring_only")
 * @param previousOperators former operators with the end of their tenure, oldest first
 */
public record Log(
        String logId,
        String description,
        Der key,
        String operator,
        String url,
        LogState state,
        Optional<TemporalInterval> temporalInterval,
        LogKind kind,
        Optional<String> logType,
        List<PreviousOperator> previousOperators) {

    public Log {
        previousOperators = previousOperators.stream()
                .sorted(Comparator.comparing(PreviousOperator::endTime)).toList();
    }

    /**
     * The operator at {@code when}: the earliest previous operator whose tenure had not ended, else the
     * current one. Policies count operators at SCT time.
     */
    public String operatorAt(Instant when) {
        for (PreviousOperator p : previousOperators) {
            if (when.isBefore(p.endTime())) {
                return p.name();
            }
        }
        return operator;
    }
}
