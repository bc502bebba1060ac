package org.wagewatch.connectors.clickhouse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.runtime.tasks.TestProcessingTimeService;
import org.wagewatch.connectors.feed.Attendance;
import org.wagewatch.connectors.feed.DecodedRecord;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.connectors.feed.Direction;
import org.wagewatch.connectors.feed.PunchMethod;
import org.wagewatch.connectors.local.LocalClickHouse;
import org.wagewatch.connectors.testing.RecordingSinkWriterMetricGroup;

/**
 * Rows per second into ClickHouse {@code attendance} through the sink writer, on a ClickHouse server
 * of its own. Not a test: run {@code bench/sink.sh}. Goal: ≥ 200,000 rows/s.
 */
public final class SinkBenchmark {

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        List<DecodedRecord> punches = new ArrayList<>(rows);
        Instant monday = Instant.parse("2026-11-01T23:00:00Z");
        for (int i = 0; i < rows; i++) {
            punches.add(record(new Attendance("E" + i, "P" + (i % 2000), "W" + (i % 300_000), "GATE-" + (i % 4),
                    i % 2 == 0 ? Direction.IN : Direction.OUT, monday.plusMillis(i * 37L), PunchMethod.FACE)));
        }
        try (LocalClickHouse server = LocalClickHouse.start();
                ClickHouseSql sql = new ClickHouseSql(new ClickHouseEndpoint(server.httpUrl(), LocalClickHouse.JOB_USER,
                        server.jobPassword(), "bench"))) {
            new SchemaMigrator(sql).migrate();
            for (int round = 1; round <= 3; round++) {
                sql.execute("TRUNCATE TABLE attendance");
                RecordingSinkWriterMetricGroup metrics = new RecordingSinkWriterMetricGroup();
                long start = System.nanoTime();
                try (ClickHouseSinkWriter<DecodedRecord> writer = new ClickHouseSinkWriter<>(sql.endpoint(),
                        new FeedTables(), ClickHouseSinkOptions.DEFAULTS, new TestProcessingTimeService(), metrics)) {
                    for (DecodedRecord punch : punches) {
                        writer.write(punch, null);
                    }
                    writer.flush(true);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                long stored = sql.queryLong("SELECT count() FROM attendance");
                System.out.printf("round %d: %d rows in %.2f s = %.0f rows/s (%d batches, %d stored)%n", round, rows,
                        seconds, rows / seconds, metrics.count("clickhouseBatches"), stored);
            }
        }
    }

    private static FeedRecord record(Attendance punch) {
        return new FeedRecord(punch, new byte[0]);
    }
}
