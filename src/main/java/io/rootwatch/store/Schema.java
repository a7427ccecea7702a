package io.rootwatch.store;

import java.util.List;

/**
 * The database schema as numbered migrations. Rules that keep existing user files working:
 * append a new migration for every change, never edit or reorder a released one, and describe the
 * change in {@code docs/database.md} in the same commit.
 */
final class Schema {
    /**
     * Written to {@code PRAGMA application_id} so that a rootwatch file can be told from any other SQLite
     * file (the bytes spell "RWDB"; {@code file(1)} shows it).
     */
    static final int APPLICATION_ID = 0x52574442;

    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "scans, targets, captures, certificates, results, findings, snapshots", List.of(
                    "PRAGMA application_id = " + APPLICATION_ID,
                    """
                    CREATE TABLE scans (
                        id           TEXT PRIMARY KEY,
                        started_at   TEXT NOT NULL,
                        command      TEXT NOT NULL,
                        evaluated_at TEXT NOT NULL,
                        finished_at  TEXT
                    )""",
                    """
                    CREATE TABLE targets (
                        display TEXT PRIMARY KEY,
                        kind    TEXT NOT NULL CHECK (kind IN ('endpoint', 'file')),
                        tags    TEXT NOT NULL DEFAULT '{}'
                    )""",
                    """
                    CREATE TABLE captures (
                        id            TEXT PRIMARY KEY,
                        scan_id       TEXT NOT NULL REFERENCES scans(id),
                        target        TEXT NOT NULL REFERENCES targets(display),
                        address       TEXT,
                        captured_at   TEXT NOT NULL,
                        status        TEXT NOT NULL CHECK (status IN ('ok', 'partial', 'error')),
                        error_kind    TEXT,
                        error_message TEXT,
                        tls_version   TEXT,
                        cipher        TEXT,
                        sni           TEXT,
                        stapled_ocsp  BLOB
                    )""",
                    "CREATE INDEX captures_by_scan ON captures(scan_id)",
                    "CREATE INDEX captures_by_target ON captures(target, captured_at)",
                    """
                    CREATE TABLE certificates (
                        sha256     TEXT PRIMARY KEY,
                        der        BLOB NOT NULL,
                        subject    TEXT,
                        issuer     TEXT,
                        serial     TEXT,
                        not_before TEXT,
                        not_after  TEXT,
                        first_seen TEXT NOT NULL
                    )""",
                    """
                    CREATE TABLE capture_certificates (
                        capture_id TEXT    NOT NULL REFERENCES captures(id),
                        position   INTEGER NOT NULL CHECK (position >= 0),
                        sha256     TEXT    NOT NULL REFERENCES certificates(sha256),
                        PRIMARY KEY (capture_id, position)
                    )""",
                    "CREATE INDEX capture_certificates_by_sha256 ON capture_certificates(sha256)",
                    """
                    CREATE TABLE capture_tls_scts (
                        capture_id TEXT    NOT NULL REFERENCES captures(id),
                        position   INTEGER NOT NULL CHECK (position >= 0),
                        sct_list   BLOB    NOT NULL,
                        PRIMARY KEY (capture_id, position)
                    )""",
                    """
                    CREATE TABLE results (
                        capture_id     TEXT PRIMARY KEY REFERENCES captures(id),
                        verdict        TEXT NOT NULL,
                        root_sha256    TEXT,
                        root_name      TEXT,
                        ca_owner       TEXT,
                        distrust_after TEXT,
                        path           TEXT NOT NULL DEFAULT '[]',
                        report_json    TEXT NOT NULL
                    )""",
                    """
                    CREATE TABLE findings (
                        capture_id  TEXT    NOT NULL REFERENCES captures(id),
                        position    INTEGER NOT NULL CHECK (position >= 0),
                        id          TEXT    NOT NULL,
                        severity    TEXT    NOT NULL
                                    CHECK (severity IN ('critical', 'high', 'medium', 'low', 'info')),
                        cwe         TEXT,
                        certificate TEXT,
                        message     TEXT    NOT NULL,
                        PRIMARY KEY (capture_id, position)
                    )""",
                    "CREATE INDEX findings_by_id ON findings(id)",
                    """
                    CREATE TABLE snapshots (
                        kind         TEXT NOT NULL,
                        source       TEXT NOT NULL,
                        retrieved_at TEXT,
                        sha256       TEXT NOT NULL,
                        bytes        BLOB,
                        PRIMARY KEY (kind, sha256)
                    )""",
                    // The inventory's definition, kept in the file so sqlite3 users see what `rootwatch
                    // inventory` sees: per target, the newest capture that has a result.
                    """
                    CREATE VIEW latest_results AS
                    WITH ranked AS (
                        SELECT c.id AS capture_id,
                               row_number() OVER (PARTITION BY c.target
                                                  ORDER BY c.captured_at DESC, c.id DESC) AS rank
                        FROM captures c JOIN results r ON r.capture_id = c.id
                    )
                    SELECT c.target,
                           c.id AS capture_id,
                           c.scan_id,
                           c.captured_at,
                           c.status,
                           r.verdict,
                           r.root_sha256,
                           r.root_name,
                           r.ca_owner,
                           r.distrust_after,
                           cc.sha256 AS leaf_sha256,
                           coalesce(json_extract(r.report_json, '$.chain[0].subject'), leaf.subject)
                               AS leaf_subject,
                           strftime('%Y-%m-%dT%H:%M:%fZ',
                                    coalesce(json_extract(r.report_json, '$.chain[0].notAfter'), leaf.not_after))
                               AS leaf_not_after,
                           (SELECT count(*) FROM findings f WHERE f.capture_id = c.id) AS finding_count,
                           (SELECT CASE min(CASE f.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1
                                                            WHEN 'medium' THEN 2 WHEN 'low' THEN 3 ELSE 4 END)
                                       WHEN 0 THEN 'critical' WHEN 1 THEN 'high' WHEN 2 THEN 'medium'
                                       WHEN 3 THEN 'low' WHEN 4 THEN 'info' ELSE 'none' END
                            FROM findings f WHERE f.capture_id = c.id) AS worst_severity
                    FROM ranked
                    JOIN captures c ON c.id = ranked.capture_id
                    JOIN results r ON r.capture_id = c.id
                    LEFT JOIN capture_certificates cc ON cc.capture_id = c.id AND cc.position = 0
                    LEFT JOIN certificates leaf ON leaf.sha256 = cc.sha256
                    WHERE ranked.rank = 1""")),
            new Migration(2, "captures.target_key (one target per file however spelled), captures.delivery_problems",
                    List.of(
                            "ALTER TABLE captures ADD COLUMN target_key TEXT",
                            "ALTER TABLE captures ADD COLUMN delivery_problems TEXT",
                            // Endpoints keep their identity: the display text. Files need Java (TargetKeyBackfill).
                            "UPDATE captures SET target_key = target"
                                    + " WHERE target IN (SELECT display FROM targets WHERE kind = 'endpoint')",
                            "CREATE INDEX captures_by_target_key ON captures(target_key, captured_at)",
                            "DROP VIEW latest_results",
                            // Grouped by target_key, not by the text typed: ./x.pem and /abs/x.pem are one target.
                            """
                            CREATE VIEW latest_results AS
                            WITH ranked AS (
                                SELECT c.id AS capture_id,
                                       row_number() OVER (PARTITION BY coalesce(c.target_key, c.target)
                                                          ORDER BY c.captured_at DESC, c.id DESC) AS rank
                                FROM captures c JOIN results r ON r.capture_id = c.id
                            )
                            SELECT c.target,
                                   coalesce(c.target_key, c.target) AS target_key,
                                   c.id AS capture_id,
                                   c.scan_id,
                                   c.captured_at,
                                   c.status,
                                   r.verdict,
                                   r.root_sha256,
                                   r.root_name,
                                   r.ca_owner,
                                   r.distrust_after,
                                   cc.sha256 AS leaf_sha256,
                                   coalesce(json_extract(r.report_json, '$.chain[0].subject'), leaf.subject)
                                       AS leaf_subject,
                                   strftime('%Y-%m-%dT%H:%M:%fZ',
                                            coalesce(json_extract(r.report_json, '$.chain[0].notAfter'), leaf.not_after))
                                       AS leaf_not_after,
                                   (SELECT count(*) FROM findings f WHERE f.capture_id = c.id) AS finding_count,
                                   (SELECT CASE min(CASE f.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1
                                                                    WHEN 'medium' THEN 2 WHEN 'low' THEN 3 ELSE 4 END)
                                               WHEN 0 THEN 'critical' WHEN 1 THEN 'high' WHEN 2 THEN 'medium'
                                               WHEN 3 THEN 'low' WHEN 4 THEN 'info' ELSE 'none' END
                                    FROM findings f WHERE f.capture_id = c.id) AS worst_severity
                            FROM ranked
                            JOIN captures c ON c.id = ranked.capture_id
                            JOIN results r ON r.capture_id = c.id
                            LEFT JOIN capture_certificates cc ON cc.capture_id = c.id AND cc.position = 0
                            LEFT JOIN certificates leaf ON leaf.sha256 = cc.sha256
                            WHERE ranked.rank = 1"""),
                    new TargetKeyBackfill()));

    private Schema() {
    }
}
