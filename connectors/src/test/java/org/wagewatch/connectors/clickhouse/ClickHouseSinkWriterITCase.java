package org.wagewatch.connectors.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.flink.streaming.runtime.tasks.TestProcessingTimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wagewatch.connectors.feed.Attendance;
import org.wagewatch.connectors.feed.DecodedRecord;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.connectors.feed.Direction;
import org.wagewatch.connectors.feed.PunchMethod;
import org.wagewatch.connectors.testing.RecordingSinkWriterMetricGroup;
import org.wagewatch.connectors.testing.SharedServices;
import org.wagewatch.connectors.testing.TcpForwarder;

/** Tests for {@link ClickHouseSinkWriter} against a real ClickHouse server. */
class ClickHouseSinkWriterITCase {

    private static final String DATABASE = "sink_it";
    private static final Instant MONDAY_7AM = Instant.parse("2026-11-01T23:00:00Z");
    private static final ClickHouseSinkOptions OPTIONS = ClickHouseSinkOptions.DEFAULTS.withMaxBatchRows(1000);

    private static ClickHouseEndpoint endpoint;
    private static ClickHouseSql sql;

    private final TestProcessingTimeService time = new TestProcessingTimeService();
    private final RecordingSinkWriterMetricGroup metrics = new RecordingSinkWriterMetricGroup();

    @BeforeAll
    static void createTables() {
        endpoint = SharedServices.clickHouseEndpoint(DATABASE);
        sql = new ClickHouseSql(endpoint);
        new SchemaMigrator(sql).migrate();
    }

    @BeforeEach
    void emptyTables() {
        sql.execute("TRUNCATE TABLE attendance");
    }

    @Test
    void shouldInsertFullBatchesAndTheRestOnFlush() throws Exception {
        try (ClickHouseSinkWriter<DecodedRecord> writer = writer(endpoint, OPTIONS)) {
            write(writer, punches("E", 2500));
            assertThat(count("attendance")).as("two full batches before the flush").isEqualTo(2000);

            writer.flush(false);

            assertThat(count("attendance")).isEqualTo(2500);
            assertThat(metrics.count("clickhouseRowsWritten")).isEqualTo(2500);
            assertThat(metrics.count("clickhouseBatches")).isEqualTo(3);
            assertThat(metrics.count("clickhouseRetries")).isZero();
        }
    }

    @Test
    void shouldReadBackOnceWhatWasWrittenTwice() throws Exception {
        List<DecodedRecord> rows = punches("E", 1500);
        for (int run = 0; run < 2; run++) {
            try (ClickHouseSinkWriter<DecodedRecord> writer = writer(endpoint, OPTIONS)) {
                write(writer, rows);
                writer.flush(false);
            }
        }

        assertThat(count("attendance")).as("stored twice").isEqualTo(3000);
        assertThat(sql.queryLong("SELECT count() FROM attendance FINAL")).as("read back once").isEqualTo(1500);
    }

    @Test
    void shouldFlushABatchOnceItIsOlderThanTheInterval() throws Exception {
        try (ClickHouseSinkWriter<DecodedRecord> writer = writer(endpoint, OPTIONS)) {
            write(writer, punches("E", 10));
            time.advance(OPTIONS.flushInterval().toMillis() / 2);
            assertThat(count("attendance")).isZero();

            time.advance(OPTIONS.flushInterval().toMillis());

            assertThat(count("attendance")).isEqualTo(10);
        }
    }

    @Test
    void shouldRetryWhileClickHouseIsUnreachableAndLoseNothing() throws Exception {
        int port = TcpForwarder.freePort();
        ClickHouseEndpoint away = new ClickHouseEndpoint("http://127.0.0.1:" + port, endpoint.username(),
                endpoint.password(), DATABASE);
        ClickHouseSinkOptions fastRetries = new ClickHouseSinkOptions(1000, 1 << 20, Duration.ofSeconds(1),
                Duration.ofMillis(50), Duration.ofMillis(200), 2);
        int realPort = java.net.URI.create(endpoint.url()).getPort();
        try (ClickHouseSinkWriter<DecodedRecord> writer = writer(away, fastRetries)) {
            write(writer, punches("E", 300));
            CompletableFuture<TcpForwarder> comesBack = CompletableFuture.supplyAsync(() -> {
                try {
                    Thread.sleep(1500);
                    return TcpForwarder.start(port, realPort);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            writer.flush(false);

            try (TcpForwarder ignored = comesBack.get(10, TimeUnit.SECONDS)) {
                assertThat(count("attendance")).isEqualTo(300);
                assertThat(metrics.count("clickhouseRetries")).as("more retries than the refusal limit").isGreaterThan(2);
                assertThat((String) metrics.gaugeValue("clickhouseLastError"))
                        .isEqualTo("ClickHouse at 127.0.0.1:" + port + " refused the connection (is the server running?)");
            }
        }
    }

    @Test
    void shouldFailNamingTheTableWhenClickHouseKeepsRefusingABatch() throws Exception {
        ClickHouseRowEncoder<DecodedRecord> toMissingTable = new ClickHouseRowEncoder<>() {
            @Override
            public String table(DecodedRecord element) {
                return "no_such_table";
            }

            @Override
            public void encode(DecodedRecord element, com.fasterxml.jackson.core.JsonGenerator row) throws IOException {
                new FeedTables().encode(element, row);
            }
        };
        ClickHouseSinkOptions twoAttempts = new ClickHouseSinkOptions(1000, 1 << 20, Duration.ofSeconds(1),
                Duration.ofMillis(10), Duration.ofMillis(10), 2);
        try (ClickHouseSinkWriter<DecodedRecord> writer =
                new ClickHouseSinkWriter<>(endpoint, toMissingTable, twoAttempts, time, metrics)) {
            write(writer, punches("E", 5));

            assertThatThrownBy(() -> writer.flush(false))
                    .isInstanceOf(IOException.class)
                    .hasMessage("ClickHouse refused a batch of 5 rows for table no_such_table 2 times: ClickHouse at "
                            + endpoint.address() + " refused the request with HTTP 404 (unknown table or database); "
                            + "the server log has the details");
        }
    }

    private ClickHouseSinkWriter<DecodedRecord> writer(ClickHouseEndpoint target, ClickHouseSinkOptions options) {
        return new ClickHouseSinkWriter<>(target, new FeedTables(), options, time, metrics);
    }

    private static void write(ClickHouseSinkWriter<DecodedRecord> writer, List<DecodedRecord> rows) throws Exception {
        for (DecodedRecord row : rows) {
            writer.write(row, null);
        }
    }

    static List<DecodedRecord> punches(String prefix, int count) {
        List<DecodedRecord> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(record(new Attendance(prefix + i, "P" + (i % 7), "W" + (i % 97), "GATE-1", Direction.IN,
                    MONDAY_7AM.plusSeconds(i), PunchMethod.FACE)));
        }
        return rows;
    }

    /** Qualified, so rows written to any other database do not count. */
    private static long count(String table) {
        return sql.queryLong("SELECT count() FROM " + DATABASE + "." + table);
    }

    private static FeedRecord record(Attendance punch) {
        return new FeedRecord(punch, new byte[0]);
    }
}
