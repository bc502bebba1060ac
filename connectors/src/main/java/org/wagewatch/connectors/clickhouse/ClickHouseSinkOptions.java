package org.wagewatch.connectors.clickhouse;

import java.io.Serializable;
import java.time.Duration;

/**
 * How the ClickHouse sink batches and retries.
 *
 * @param maxBatchRows a table's batch is sent when it holds this many rows
 * @param maxBatchBytes ... or this many bytes of JSON
 * @param flushInterval ... or when it is this old; every checkpoint flushes too
 * @param initialBackoff first pause after a failed insert, doubled per failure
 * @param maxBackoff longest pause between attempts
 * @param maxAttemptsWhenRefused attempts before a batch the server refuses (not just cannot be
 *     reached) fails the job; an unreachable server is waited for without limit
 */
public record ClickHouseSinkOptions(
        int maxBatchRows,
        long maxBatchBytes,
        Duration flushInterval,
        Duration initialBackoff,
        Duration maxBackoff,
        int maxAttemptsWhenRefused)
        implements Serializable {

    public static final ClickHouseSinkOptions DEFAULTS = new ClickHouseSinkOptions(
            100_000, 32L << 20, Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofSeconds(30), 5);

    public ClickHouseSinkOptions {
        check(maxBatchRows > 0, "maxBatchRows must be positive, got " + maxBatchRows);
        check(maxBatchBytes > 0, "maxBatchBytes must be positive, got " + maxBatchBytes);
        check(!flushInterval.isNegative() && !flushInterval.isZero(), "flushInterval must be positive, got " + flushInterval);
        check(!initialBackoff.isNegative() && !initialBackoff.isZero(), "initialBackoff must be positive");
        check(maxBackoff.compareTo(initialBackoff) >= 0, "maxBackoff must not be shorter than initialBackoff");
        check(maxAttemptsWhenRefused > 0, "maxAttemptsWhenRefused must be positive");
    }

    public ClickHouseSinkOptions withFlushInterval(Duration interval) {
        return new ClickHouseSinkOptions(maxBatchRows, maxBatchBytes, interval, initialBackoff, maxBackoff,
                maxAttemptsWhenRefused);
    }

    public ClickHouseSinkOptions withMaxBatchRows(int rows) {
        return new ClickHouseSinkOptions(rows, maxBatchBytes, flushInterval, initialBackoff, maxBackoff,
                maxAttemptsWhenRefused);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
