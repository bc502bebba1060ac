package org.wagewatch.connectors.clickhouse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wagewatch.connectors.util.Digests;

/**
 * Applies the versioned schema under {@code migrations/NNN.sql} (numbered from 001, no gaps) and
 * records each in {@code schema_migrations}. Idempotent: applied migrations are skipped, and one
 * changed after it was applied stops the start-up, since the tables no longer match the file.
 */
public final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
    private static final String RESOURCE = "migrations/%03d.sql";

    private final ClickHouseSql sql;

    public SchemaMigrator(ClickHouseSql sql) {
        this.sql = sql;
    }

    /** One schema file: its number, its first comment line, its statements and their checksum. */
    public record Migration(int version, String description, List<String> statements, String checksum) {}

    /** Brings the database up to the newest migration and returns the versions applied now. */
    public List<Integer> migrate() {
        String database = sql.endpoint().database();
        try (ClickHouseSql server = new ClickHouseSql(sql.endpoint().withDatabase("default"))) {
            server.execute("CREATE DATABASE IF NOT EXISTS " + database);
        }
        sql.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                + " version UInt32, description String, checksum String, appliedAt DateTime('Asia/Shanghai')"
                + ") ENGINE = ReplacingMergeTree ORDER BY version");
        Map<Integer, String> applied = appliedChecksums();
        List<Integer> appliedNow = new ArrayList<>();
        for (Migration migration : bundledMigrations()) {
            String checksum = applied.get(migration.version());
            if (checksum != null) {
                if (!checksum.equals(migration.checksum())) {
                    throw new IllegalStateException(String.format(
                            "schema migration %03d was changed after it was applied to %s: add a new migration instead",
                            migration.version(), database));
                }
                continue;
            }
            for (String statement : migration.statements()) {
                sql.execute(statement);
            }
            sql.execute(String.format(
                    "INSERT INTO schema_migrations (version, description, checksum, appliedAt) VALUES (%d, '%s', '%s', now())",
                    migration.version(), migration.description().replace("\\", "\\\\").replace("'", "\\'"),
                    migration.checksum()));
            LOG.info("Applied ClickHouse schema migration {} ({}) to {}", migration.version(), migration.description(),
                    database);
            appliedNow.add(migration.version());
        }
        return appliedNow;
    }

    private Map<Integer, String> appliedChecksums() {
        Map<Integer, String> applied = new TreeMap<>();
        for (JsonNode row : sql.query("SELECT version, argMax(checksum, appliedAt) AS checksum"
                + " FROM schema_migrations GROUP BY version")) {
            applied.put(row.get("version").asInt(), row.get("checksum").asText());
        }
        return applied;
    }

    /** The migrations on the classpath, in order. */
    public static List<Migration> bundledMigrations() {
        List<Migration> migrations = new ArrayList<>();
        for (int version = 1; ; version++) {
            String text = read(String.format(RESOURCE, version));
            if (text == null) {
                return migrations;
            }
            migrations.add(parse(version, text));
        }
    }

    static Migration parse(int version, String text) {
        String description = text.lines()
                .filter(l -> l.startsWith("--"))
                .findFirst()
                .map(l -> l.substring(2).trim())
                .orElse("migration " + version);
        String withoutComments = text.lines()
                .filter(l -> !l.trim().startsWith("--"))
                .collect(Collectors.joining("\n"));
        List<String> statements = new ArrayList<>();
        for (String statement : withoutComments.split(";\\s*(\\n|$)")) {
            if (!statement.isBlank()) {
                statements.add(statement.trim());
            }
        }
        return new Migration(version, description, statements, Digests.sha256Hex(text));
    }

    private static String read(String resource) {
        try (InputStream in = SchemaMigrator.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema resource " + resource, e);
        }
    }
}
