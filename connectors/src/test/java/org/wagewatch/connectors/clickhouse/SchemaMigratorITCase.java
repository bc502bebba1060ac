package org.wagewatch.connectors.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wagewatch.connectors.testing.SharedServices;

/** Tests for {@link SchemaMigrator} against a real ClickHouse server. */
class SchemaMigratorITCase {

    private static final List<String> TABLES = List.of("account_txns", "alerts", "attendance", "complaints",
            "payments", "project_day", "projects", "rejected_records", "schema_migrations", "worker_month", "workers");

    @Test
    void shouldCreateEveryTableInItsOwnDatabaseOnceAndRecordIt() {
        try (ClickHouseSql sql = new ClickHouseSql(SharedServices.clickHouseEndpoint("migrator_it_a"))) {
            List<Integer> first = new SchemaMigrator(sql).migrate();
            List<Integer> second = new SchemaMigrator(sql).migrate();

            assertThat(first).containsExactly(1, 2);
            assertThat(second).isEmpty();
            assertThat(sql.query("SELECT name FROM system.tables WHERE database = 'migrator_it_a' ORDER BY name")
                    .stream().map(row -> row.get("name").asText())).containsExactlyElementsOf(TABLES);
            assertThat(sql.queryLong("SELECT count() FROM migrator_it_a.schema_migrations")).isEqualTo(2);
        }
    }

    @Test
    void shouldRefuseToStartWhenAnAppliedMigrationWasChanged() {
        try (ClickHouseSql sql = new ClickHouseSql(SharedServices.clickHouseEndpoint("migrator_it_b"))) {
            new SchemaMigrator(sql).migrate();
            sql.execute("INSERT INTO schema_migrations (version, description, checksum, appliedAt)"
                    + " VALUES (1, 'edited', 'another checksum', now() + 60)");

            assertThatThrownBy(() -> new SchemaMigrator(sql).migrate())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("schema migration 001 was changed after it was applied to migrator_it_b: "
                            + "add a new migration instead");
        }
    }

    @Test
    void shouldSplitAMigrationIntoStatementsWithoutComments() {
        SchemaMigrator.Migration migration = SchemaMigrator.parse(7,
                "-- 007 two tables\n-- more words\nCREATE TABLE a (x UInt8) ENGINE = Memory;\n\n"
                        + "CREATE TABLE b (\n  y String -- why\n) ENGINE = Memory;\n");

        assertThat(migration.description()).isEqualTo("007 two tables");
        assertThat(migration.statements()).containsExactly(
                "CREATE TABLE a (x UInt8) ENGINE = Memory", "CREATE TABLE b (\n  y String -- why\n) ENGINE = Memory");
    }
}
