package io.rootwatch.refdata.ctlogs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Tells which program's list a JSON file is, from its top-level keys, never its name: Apple's carries
 * {@code assetVersion}; Google's carries {@code version} and {@code log_list_timestamp}; Mozilla's
 * known-logs list has a timestamp and no version.
 */
public final class LogListDetector {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LogListDetector() {
    }

    /** Parses {@code json} with the parser its shape calls for. */
    public static LogList parseAny(byte[] json, String inputName) throws LogListParseException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new LogListParseException(inputName + ": not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("operators").isArray()) {
            throw new LogListParseException(inputName + ": not a CT log list (no \"operators\" array)");
        }
        if (root.has("assetVersion") || root.path("$schema").asText("").contains("apple")) {
            return LogListParser.apple(json, inputName);
        }
        if (root.has("version")) {
            return LogListParser.google(json, inputName);
        }
        return LogListParser.mozilla(json, inputName);
    }
}
