package io.rootwatch.refdata.ctlogs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rootwatch.model.Der;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses the three log-list formats into {@link LogList}. The formats share Google's v3 shape
 * ({@code operators[]} with {@code logs[]} and {@code tiled_logs[]}); they differ in the top-level
 * fields (Apple: {@code version} and {@code assetVersion}, no timestamp; Mozilla: no version) and in the
 * {@code state} object (Mozilla's may hold several keys: the latest timestamp wins). Every log id is
 * checked against SHA-256 of its key. Thread-safe; mapped by hand from Google's
 * {@code log_list_schema.json}.
 */
public final class LogListParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LogListParser() {
    }

    /** Google's v3 {@code log_list.json} / {@code all_logs_list.json}; the list Chrome uses. */
    public static LogList google(byte[] json, String inputName) throws LogListParseException {
        return parse(json, inputName, Program.CHROME);
    }

    /** Apple's {@code current_log_list.json} (schema v4/v5). */
    public static LogList apple(byte[] json, String inputName) throws LogListParseException {
        return parse(json, inputName, Program.APPLE);
    }

    /** Mozilla's known-logs list (JSON derived from Firefox's CTKnownLogs.h). */
    public static LogList mozilla(byte[] json, String inputName) throws LogListParseException {
        return parse(json, inputName, Program.MOZILLA);
    }

    private static LogList parse(byte[] json, String input, Program source) throws LogListParseException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new LogListParseException(input + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new LogListParseException(input + ": unreadable: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("operators").isArray()) {
            throw new LogListParseException(input + ": not a CT log list (no \"operators\" array)");
        }
        Optional<Instant> timestamp = root.hasNonNull("log_list_timestamp")
                ? Optional.of(instant(root.get("log_list_timestamp"), input + ": log_list_timestamp"))
                : Optional.empty();
        String version = root.path("version").asText("");
        List<Operator> operators = new ArrayList<>();
        List<Log> logs = new ArrayList<>();
        int i = 0;
        for (JsonNode op : root.get("operators")) {
            String where = input + ": operator " + i++;
            String name = text(op, "name", where);
            List<String> email = new ArrayList<>();
            op.path("email").forEach(e -> email.add(e.asText()));
            operators.add(new Operator(name, email));
            for (JsonNode log : op.path("logs")) {
                logs.add(log(log, name, LogKind.RFC6962, where + " (" + name + ")"));
            }
            for (JsonNode log : op.path("tiled_logs")) {
                logs.add(log(log, name, LogKind.TILED, where + " (" + name + ")"));
            }
        }
        return new LogList(source, timestamp, version, operators, logs);
    }

    private static Log log(JsonNode n, String operator, LogKind kind, String where) throws LogListParseException {
        String description = n.path("description").asText("");
        String at = where + ", log " + (description.isEmpty() ? n.path("log_id").asText("?") : "'" + description + "'");
        String logId = text(n, "log_id", at);
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text(n, "key", at));
        } catch (IllegalArgumentException e) {
            throw new LogListParseException(at + ": key is not base64: " + e.getMessage());
        }
        String computed = Base64.getEncoder().encodeToString(Der.of(key).sha256());
        if (!computed.equals(logId)) {
            throw new LogListParseException(at + ": log_id " + logId + " does not match SHA-256 of its key ("
                    + computed + ")");
        }
        String url = kind == LogKind.RFC6962 ? n.path("url").asText("") : n.path("submission_url").asText("");
        Optional<TemporalInterval> interval = Optional.empty();
        if (n.hasNonNull("temporal_interval")) {
            JsonNode t = n.get("temporal_interval");
            interval = Optional.of(new TemporalInterval(
                    instant(t.get("start_inclusive"), at + ": temporal_interval.start_inclusive"),
                    instant(t.get("end_exclusive"), at + ": temporal_interval.end_exclusive")));
        }
        List<PreviousOperator> previous = new ArrayList<>();
        for (JsonNode p : n.path("previous_operators")) {
            previous.add(new PreviousOperator(text(p, "name", at + ": previous_operators"),
                    instant(p.get("end_time"), at + ": previous_operators.end_time")));
        }
        Optional<String> logType = n.hasNonNull("log_type") ? Optional.of(n.get("log_type").asText()) : Optional.empty();
        return new Log(logId, description, Der.of(key), operator, url, state(n.get("state"), at), interval, kind,
                logType, previous);
    }

    /** The state with the latest timestamp wins: Mozilla's list keeps superseded states beside the current one. */
    private static LogState state(JsonNode state, String at) throws LogListParseException {
        if (state == null || state.isNull() || state.isEmpty()) {
            return new LogState.NoState();
        }
        LogState best = null;
        for (Map.Entry<String, JsonNode> f : state.properties()) {
            Instant ts = instant(f.getValue().get("timestamp"), at + ": state." + f.getKey() + ".timestamp");
            LogState s = switch (f.getKey()) {
                case "pending" -> new LogState.Pending(ts);
                case "qualified" -> new LogState.Qualified(ts);
                case "usable" -> new LogState.Usable(ts);
                case "readonly" -> new LogState.ReadOnly(ts);
                case "retired" -> new LogState.Retired(ts);
                case "rejected" -> new LogState.Rejected(ts);
                default -> throw new LogListParseException(at + ": unknown log state '" + f.getKey() + "'");
            };
            if (best == null || ts.isAfter(best.since().orElseThrow())) {
                best = s;
            }
        }
        return best;
    }

    private static String text(JsonNode n, String field, String at) throws LogListParseException {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new LogListParseException(at + ": missing or non-text field \"" + field + "\"");
        }
        return v.asText();
    }

    private static Instant instant(JsonNode v, String at) throws LogListParseException {
        if (v == null || !v.isTextual()) {
            throw new LogListParseException(at + ": missing timestamp");
        }
        try {
            // OffsetDateTime accepts both "Z" and "+01:00" (Mozilla's list) and fractional seconds.
            return OffsetDateTime.parse(v.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw new LogListParseException(at + ": bad timestamp '" + v.asText() + "'");
        }
    }
}
