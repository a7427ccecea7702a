package io.rootwatch.refdata.ctlogs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.rootwatch.files.InputFileException;
import io.rootwatch.files.Utf8Text;
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

    /**
     * Whether {@code bytes} look like a CT log list of any program: a JSON object with an {@code operators}
     * array. Says nothing about whether the list is sound; {@link #parseAny} does. Cheap for CSV and other
     * text, which is refused at its first character.
     */
    public static boolean looksLikeLogList(byte[] bytes) {
        // A UTF-8 byte-order mark, then JSON whitespace, may come before the opening brace.
        int i = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        if (i >= bytes.length || bytes[i] != '{') {
            return false;
        }
        try {
            JsonNode root = JSON.readTree(bytes);
            return root != null && root.isObject() && root.path("operators").isArray();
        } catch (IOException e) {
            return false;
        }
    }

    /** Parses {@code json} with the parser its shape calls for. */
    public static LogList parseAny(byte[] json, String inputName) throws LogListParseException {
        JsonNode root;
        try {
            Utf8Text.decode(json, inputName); // JSON is UTF-8 text; say so in plain words for a binary file
            root = JSON.readTree(json);
        } catch (InputFileException e) {
            throw new LogListParseException(e.getMessage() + ", so not a CT log list (JSON)", e);
        } catch (JsonProcessingException e) {
            // Jackson's own message carries its parser internals ("[Source: REDACTED ..."): give the place only.
            throw new LogListParseException(inputName + ": not a CT log list: not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        } catch (IOException e) {
            throw new LogListParseException(inputName + ": cannot be read: " + e.getMessage(), e);
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
