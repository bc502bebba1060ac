package org.wagewatch.connectors.clickhouse;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.insert.InsertResponse;
import com.clickhouse.data.ClickHouseFormat;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.groups.SinkWriterMetricGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buffers rows per table and inserts a table's batch when it is full, on a timer, and on every
 * checkpoint. Inserts block the task while ClickHouse is away, which back-pressures the job instead
 * of losing rows. Runs in the task's mailbox thread only (timers included), so needs no locks.
 */
final class ClickHouseSinkWriter<T> implements SinkWriter<T> {

    private static final Logger LOG = LoggerFactory.getLogger(ClickHouseSinkWriter.class);
    private static final JsonFactory JSON = new JsonFactory();
    private static final long INSERT_TIMEOUT_SECONDS = 300;

    private final ClickHouseEndpoint endpoint;
    private final ClickHouseRowEncoder<T> encoder;
    private final ClickHouseSinkOptions options;
    private final ProcessingTimeService timers;
    private final Client client;
    private final Map<String, TableBatch> batches = new LinkedHashMap<>();

    private final Counter rowsWritten;
    private final Counter batchesWritten;
    private final Counter retries;
    private volatile String lastError = "";
    private volatile long lastErrorTimestamp;

    ClickHouseSinkWriter(ClickHouseEndpoint endpoint, ClickHouseRowEncoder<T> encoder, ClickHouseSinkOptions options,
            ProcessingTimeService timers, SinkWriterMetricGroup metrics) {
        this.endpoint = endpoint;
        this.encoder = encoder;
        this.options = options;
        this.timers = timers;
        this.client = endpoint.openClient();
        this.rowsWritten = metrics.counter("clickhouseRowsWritten");
        this.batchesWritten = metrics.counter("clickhouseBatches");
        this.retries = metrics.counter("clickhouseRetries");
        metrics.gauge("clickhouseLastError", () -> lastError);
        metrics.gauge("clickhouseLastErrorTimestamp", () -> lastErrorTimestamp);
        scheduleFlush();
    }

    @Override
    public void write(T element, Context context) throws IOException, InterruptedException {
        String table = encoder.table(element);
        TableBatch batch = batches.get(table);
        if (batch == null) {
            batch = new TableBatch(table);
            batches.put(table, batch);
        }
        batch.add(element);
        if (batch.rows >= options.maxBatchRows() || batch.bytes.size() >= options.maxBatchBytes()) {
            insert(batch);
        }
    }

    /** Called on every checkpoint and at the end of input: nothing stays buffered past either. */
    @Override
    public void flush(boolean endOfInput) throws IOException, InterruptedException {
        for (TableBatch batch : batches.values()) {
            insert(batch);
        }
    }

    private void scheduleFlush() {
        long next = timers.getCurrentProcessingTime() + options.flushInterval().toMillis();
        timers.registerTimer(next, time -> {
            long now = timers.getCurrentProcessingTime();
            for (TableBatch batch : batches.values()) {
                if (batch.rows > 0 && now - batch.firstRowAt >= options.flushInterval().toMillis()) {
                    insert(batch);
                }
            }
            scheduleFlush();
        });
    }

    private void insert(TableBatch batch) throws IOException, InterruptedException {
        if (batch.rows == 0) {
            return;
        }
        batch.generator.flush();
        long backoff = options.initialBackoff().toMillis();
        for (int attempt = 1; ; attempt++) {
            try (InsertResponse ignored = client.insert(batch.table, batch.bytes::writeTo, ClickHouseFormat.JSONEachRow,
                            new com.clickhouse.client.api.insert.InsertSettings())
                    .get(INSERT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                rowsWritten.inc(batch.rows);
                batchesWritten.inc();
                batch.clear();
                return;
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                boolean unreachable = cause instanceof TimeoutException || ClickHouseErrors.isUnreachable(cause);
                lastError = ClickHouseErrors.describe(cause, endpoint);
                lastErrorTimestamp = System.currentTimeMillis();
                if (!unreachable && attempt >= options.maxAttemptsWhenRefused()) {
                    throw new IOException("ClickHouse refused a batch of " + batch.rows + " rows for table "
                            + batch.table + " " + attempt + " times: " + lastError, cause);
                }
                retries.inc();
                LOG.warn("Insert of {} rows into {} failed (attempt {}): {}; retrying in {} ms",
                        batch.rows, batch.table, attempt, lastError, backoff);
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, options.maxBackoff().toMillis());
            }
        }
    }

    @Override
    public void close() throws Exception {
        client.close();
    }

    /** The JSONEachRow bytes waiting for one table. */
    private final class TableBatch {
        final String table;
        final ByteBuffer bytes = new ByteBuffer();
        final JsonGenerator generator;
        int rows;
        long firstRowAt;

        TableBatch(String table) throws IOException {
            this.table = table;
            this.generator = JSON.createGenerator(bytes);
            this.generator.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
        }

        void add(T element) throws IOException {
            if (rows == 0) {
                firstRowAt = timers.getCurrentProcessingTime();
            }
            encoder.encode(element, generator);
            rows++;
        }

        void clear() {
            bytes.reset();
            rows = 0;
        }
    }

    /** A growable byte buffer whose content is written out without a copy. */
    private static final class ByteBuffer extends OutputStream {
        private byte[] data = new byte[64 * 1024];
        private int size;

        @Override
        public void write(int b) {
            ensure(1);
            data[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            ensure(len);
            System.arraycopy(b, off, data, size, len);
            size += len;
        }

        private void ensure(int extra) {
            if (size + extra > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, size + extra));
            }
        }

        int size() {
            return size;
        }

        void writeTo(OutputStream out) throws IOException {
            out.write(data, 0, size);
        }

        void reset() {
            size = 0;
        }
    }
}
