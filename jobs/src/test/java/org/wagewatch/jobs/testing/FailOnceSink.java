package org.wagewatch.jobs.testing;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Wraps a sink and fails its task once, at the first record after {@link #arm()}: a crash in the
 * middle of a stream, at a moment the test chooses. The flags live in the JVM, as the MiniCluster does.
 */
public final class FailOnceSink<T> implements Sink<T> {

    private static final long serialVersionUID = 1L;
    private static final AtomicBoolean ARMED = new AtomicBoolean();
    private static final AtomicInteger FAILURES = new AtomicInteger();

    private final Sink<T> delegate;

    public FailOnceSink(Sink<T> delegate) {
        this.delegate = delegate;
    }

    /** The next record any wrapped sink receives fails its task. */
    public static void arm() {
        ARMED.set(true);
    }

    /** How many times a wrapped sink has failed in this JVM. */
    public static int failures() {
        return FAILURES.get();
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
        SinkWriter<T> writer = delegate.createWriter(context);
        return new SinkWriter<>() {
            @Override
            public void write(T element, Context ctx) throws IOException, InterruptedException {
                if (ARMED.compareAndSet(true, false)) {
                    FAILURES.incrementAndGet();
                    throw new IOException("injected failure");
                }
                writer.write(element, ctx);
            }

            @Override
            public void flush(boolean endOfInput) throws IOException, InterruptedException {
                writer.flush(endOfInput);
            }

            @Override
            public void close() throws Exception {
                writer.close();
            }
        };
    }
}
