package org.wagewatch.jobs.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.wagewatch.connectors.clickhouse.ClickHouseSql;
import org.wagewatch.connectors.clickhouse.FeedTables;
import org.wagewatch.connectors.clickhouse.SchemaMigrator;
import org.wagewatch.connectors.feed.Feed;
import org.wagewatch.connectors.local.LocalClickHouse;
import org.wagewatch.connectors.local.LocalKafka;
import org.wagewatch.jobs.WagewatchJob;
import org.wagewatch.jobs.config.WagewatchConfig;
import org.wagewatch.jobs.config.WagewatchOptions;
import org.wagewatch.rules.engine.RuleEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./wagewatch demo}: the whole system on one machine with no set-up. Starts a Kafka broker and
 * a ClickHouse server of its own, the job on a local Flink cluster, feeds the sample city, then
 * prints what arrived until Ctrl-C (or {@code --duration}) stops everything.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole system on this machine: Kafka, ClickHouse, the job and a sample city.")
public final class DemoCommand implements Callable<Integer> {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Option(names = "--metrics-port", defaultValue = "9249",
            description = "Port of the Prometheus metrics endpoint (default: ${DEFAULT-VALUE}).")
    int metricsPort;

    @Option(names = "--duration", description = "Stop by itself after this long, e.g. PT2M (default: run until Ctrl-C).")
    Duration duration;

    @Option(names = "--summary-every", defaultValue = "PT5S",
            description = "How often to print what has arrived (default: ${DEFAULT-VALUE}).")
    Duration summaryEvery;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        RuleEngine.compileInBackground();
        CountDownLatch stopped = new CountDownLatch(1);
        List<AutoCloseable> running = new ArrayList<>();
        Thread shutdown = new Thread(() -> {
            out.println("Stopping…");
            closeAll(running);
            stopped.countDown();
        }, "wagewatch-demo-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        try {
            out.println("Starting Kafka…");
            LocalKafka kafka = LocalKafka.start(2);
            running.add(0, kafka);
            out.println("Starting ClickHouse…");
            LocalClickHouse clickHouse = LocalClickHouse.start();
            running.add(0, clickHouse);

            WagewatchConfig config = config(kafka, clickHouse);
            List<String> topics = new ArrayList<>(config.feedTopics().all());
            topics.add(config.rejectedTopic());
            topics.add(config.alertsTopic());
            kafka.createTopics(2, topics.toArray(String[]::new));
            ClickHouseSql sql = new ClickHouseSql(config.clickHouse());
            running.add(0, sql);
            new SchemaMigrator(sql).migrate();

            out.println("Starting the detection job…");
            JobClient job = WagewatchJob.fromConfig(config).executeAsync(localFlink());
            running.add(0, () -> job.cancel().get(30, TimeUnit.SECONDS));

            int sent = feedSample(kafka, config);
            printWhereToLook(kafka, clickHouse, config, sent);

            long deadline = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
            while (System.nanoTime() < deadline && !stopped.await(summaryEvery.toMillis(), TimeUnit.MILLISECONDS)) {
                printSummary(sql);
            }
            return 0;
        } finally {
            if (stopped.getCount() > 0) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdown);
                    closeAll(running);
                } catch (IllegalStateException shuttingDown) {
                    stopped.await(60, TimeUnit.SECONDS);
                }
            }
        }
    }

    private WagewatchConfig config(LocalKafka kafka, LocalClickHouse clickHouse) {
        Map<String, String> settings = new HashMap<>();
        settings.put(WagewatchOptions.KAFKA_BOOTSTRAP_SERVERS.key(), kafka.bootstrapServers());
        settings.put(WagewatchOptions.CLICKHOUSE_URL.key(), clickHouse.httpUrl());
        settings.put(WagewatchOptions.CLICKHOUSE_USER.key(), LocalClickHouse.JOB_USER);
        settings.put(WagewatchOptions.CHECKPOINT_INTERVAL.key(), "5 s");
        // The sample is sent at once and then nothing more: let finished partitions stop holding time back soon.
        settings.put(WagewatchOptions.SOURCE_IDLENESS.key(), "3 s");
        String passwordVariable = WagewatchOptions.CLICKHOUSE_PASSWORD_ENV.defaultValue();
        return WagewatchConfig.from(settings, Map.of(passwordVariable, clickHouse.jobPassword()));
    }

    private StreamExecutionEnvironment localFlink() {
        Configuration flink = new Configuration();
        flink.setString("metrics.reporter.prom.factory.class",
                "org.apache.flink.metrics.prometheus.PrometheusReporterFactory");
        flink.setString("metrics.reporter.prom.port", String.valueOf(metricsPort));
        flink.setString("taskmanager.numberOfTaskSlots", "2");
        return StreamExecutionEnvironment.getExecutionEnvironment(flink);
    }

    private int feedSample(LocalKafka kafka, WagewatchConfig config) {
        int sent = 0;
        for (Map.Entry<Feed, List<byte[]>> feed : DemoSample.build().entrySet()) {
            kafka.produce(config.feedTopics().topic(feed.getKey()), feed.getValue());
            sent += feed.getValue().size();
        }
        return sent;
    }

    private void printWhereToLook(LocalKafka kafka, LocalClickHouse clickHouse, WagewatchConfig config, int sent) {
        String database = config.clickHouse().database();
        out.println();
        out.println("wagewatch demo is running; it sent " + sent + " sample messages, a few of them malformed on purpose.");
        out.println("  ClickHouse  " + clickHouse.httpUrl() + "  database " + database + ", tables: projects, workers, "
                + "attendance, payments, account_txns, complaints, rejected_records, alerts");
        out.println("              analysts: clickhouse-client --port " + clickHouse.tcpPort() + " --user "
                + LocalClickHouse.ANALYST_USER + " --password " + clickHouse.analystPassword() + " --database " + database);
        out.println("  Kafka       " + kafka.bootstrapServers() + "  topics " + String.join(", ", config.feedTopics().all())
                + "; rejected records on " + config.rejectedTopic());
        out.println("  Metrics     http://127.0.0.1:" + metricsPort + "/metrics  (Prometheus)");
        out.println("  Logs        " + System.getProperty("wagewatch.log.dir", ".") + "/wagewatch.log");
        out.println("Press Ctrl-C to stop.");
        out.println();
    }

    private void printSummary(ClickHouseSql sql) {
        StringBuilder line = new StringBuilder(LocalTime.now().format(CLOCK));
        for (String table : List.of(FeedTables.PROJECTS, FeedTables.WORKERS, FeedTables.ATTENDANCE, FeedTables.PAYMENTS,
                FeedTables.ACCOUNT_TXNS, FeedTables.COMPLAINTS, FeedTables.REJECTED_RECORDS)) {
            line.append("  ").append(table).append(' ').append(sql.queryLong("SELECT count() FROM " + table + " FINAL"));
        }
        line.append("  | open alerts");
        for (JsonNode level : sql.query("SELECT level, count() AS n FROM alerts FINAL WHERE status = 'OPEN'"
                + " GROUP BY level ORDER BY level")) {
            line.append(' ').append(level.get("level").asText()).append(' ').append(level.get("n").asText());
        }
        out.println(line);
    }

    private void closeAll(List<AutoCloseable> running) {
        for (AutoCloseable closeable : running) {
            try {
                closeable.close();
            } catch (Exception e) {
                out.println("  while stopping: " + e.getMessage());
            }
        }
        running.clear();
    }
}
