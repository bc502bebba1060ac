package org.wagewatch.connectors.clickhouse;

import java.util.Objects;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Writes elements to ClickHouse tables as JSONEachRow batches (Sink V2), at least once: batches are
 * flushed on every checkpoint and retried while ClickHouse is away, and rows carry deterministic
 * keys into ReplacingMergeTree tables, so a batch written twice reads back once.
 */
public final class ClickHouseSink<T> implements Sink<T> {

    private static final long serialVersionUID = 1L;

    private final ClickHouseEndpoint endpoint;
    private final ClickHouseRowEncoder<T> encoder;
    private final ClickHouseSinkOptions options;

    public ClickHouseSink(ClickHouseEndpoint endpoint, ClickHouseRowEncoder<T> encoder, ClickHouseSinkOptions options) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        return new ClickHouseSinkWriter<>(endpoint, encoder, options, context.getProcessingTimeService(),
                context.metricGroup());
    }
}
