package org.wagewatch.connectors.testing;

import org.wagewatch.connectors.clickhouse.ClickHouseEndpoint;
import org.wagewatch.connectors.local.LocalClickHouse;
import org.wagewatch.connectors.local.LocalKafka;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One Kafka broker and one ClickHouse server per test JVM, started on first use and closed by their
 * shutdown hooks.
 */
public final class SharedServices {

    private static LocalKafka kafka;
    private static LocalClickHouse clickHouse;

    private SharedServices() {}

    /** The shared broker; tests must not close it. */
    public static synchronized LocalKafka kafka() {
        if (kafka == null) {
            try {
                kafka = LocalKafka.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the shared Kafka broker", e);
            }
        }
        return kafka;
    }

    /** The shared ClickHouse server; tests must not close it. */
    public static synchronized LocalClickHouse clickHouse() {
        if (clickHouse == null) {
            try {
                clickHouse = LocalClickHouse.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the shared ClickHouse server", e);
            }
        }
        return clickHouse;
    }

    /** The shared ClickHouse server as the job's user, in {@code database} (created by the schema migrator). */
    public static ClickHouseEndpoint clickHouseEndpoint(String database) {
        LocalClickHouse server = clickHouse();
        return new ClickHouseEndpoint(server.httpUrl(), LocalClickHouse.JOB_USER, server.jobPassword(), database);
    }
}
