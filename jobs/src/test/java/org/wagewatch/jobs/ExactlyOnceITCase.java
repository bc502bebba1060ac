package org.wagewatch.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.wagewatch.connectors.clickhouse.ClickHouseSql;
import org.wagewatch.connectors.feed.Feed;
import org.wagewatch.connectors.testing.SharedServices;
import org.wagewatch.jobs.alerts.AlertJson;
import org.wagewatch.jobs.config.WagewatchConfig;
import org.wagewatch.jobs.config.WagewatchOptions;
import org.wagewatch.jobs.demo.DemoSample;
import org.wagewatch.jobs.replay.ReplayJob;
import org.wagewatch.jobs.testing.FailOnceSink;
import org.wagewatch.jobs.testing.TestJobs;
import org.wagewatch.rules.alert.Alert;

/**
 * The live job on real Kafka, ClickHouse and a MiniCluster, crashed in the middle of the stream,
 * writes exactly the alert states a replay of the same records gives: none lost, none twice, both
 * on {@code ww.alerts} (read_committed) and in the ClickHouse {@code alerts} table.
 */
class ExactlyOnceITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration OUT_OF_ORDERNESS = Duration.ofMinutes(1);
    /** Every feed ends with a record at this instant, so event time reaches it everywhere. */
    private static final Instant END = Instant.parse("2026-11-30T16:00:00Z");
    private static final Instant AS_OF = END.minus(OUT_OF_ORDERNESS).minusMillis(1);

    @TempDir
    Path feeds;

    @Test
    void shouldWriteEveryAlertStateOnceDespiteACrash() throws Exception {
        Map<Feed, List<byte[]>> messages = DemoSample.build();
        Map<Feed, List<byte[]>> endOfStream = endOfStream();
        writeFeedFiles(messages, endOfStream);
        ReplayJob.Result replay = new ReplayJob(feeds, AS_OF, org.wagewatch.rules.config.RuleThresholds.DEFAULTS)
                .keepingEveryState()
                .run(StreamExecutionEnvironment.getExecutionEnvironment(), AS_OF);
        List<String> expectedStates = replay.states().stream().map(ExactlyOnceITCase::state).sorted().toList();
        assertThat(expectedStates).as("the sample raises alerts").hasSizeGreaterThan(5);

        WagewatchConfig config = TestJobs.config("exactly-once.", "exactly_once", 1, Map.of(
                WagewatchOptions.CHECKPOINT_INTERVAL.key(), "500 ms",
                // The other end-to-end tests keep state on the heap; this one restores it from RocksDB.
                WagewatchOptions.STATE_BACKEND.key(), "rocksdb",
                WagewatchOptions.OUT_OF_ORDERNESS.key(), OUT_OF_ORDERNESS.toSeconds() + " s"));
        WagewatchJob job = new WagewatchJob(WagewatchJob.kafkaFeeds(config), WagewatchJob.feedTables(config),
                WagewatchJob.rejectedTopic(config), WagewatchJob.alertsTopic(config),
                new FailOnceSink<>(WagewatchJob.alertsTable(config)), config);
        JobClient running = job.executeAsync(StreamExecutionEnvironment.getExecutionEnvironment());
        try {
            // First the sample: time reaches its last records, and some alerts are committed.
            produce(config, messages);
            int committedBefore = readCommitted(config.alertsTopic(), 1).size();
            assertThat(committedBefore).as("alerts committed before the crash").isPositive();
            // Then the end of the stream: time jumps ahead, many deadlines pass, and the task
            // writing the first of those alerts crashes with alerts in an open transaction.
            FailOnceSink.arm();
            produce(config, endOfStream);

            List<String> committed = readCommitted(config.alertsTopic(), expectedStates.size());

            assertThat(FailOnceSink.failures()).as("the job crashed once").isEqualTo(1);
            assertThat(committed.stream().sorted().toList()).isEqualTo(expectedStates);
            assertThat(finalStatesInClickHouse(config, replay.alerts().size()))
                    .isEqualTo(replay.alerts().stream().map(ExactlyOnceITCase::finalState).sorted().toList());
            assertExplained(config, replay.alerts());
        } finally {
            running.cancel().get();
        }
    }

    private static void produce(WagewatchConfig config, Map<Feed, List<byte[]>> messages) {
        messages.forEach((feed, values) -> SharedServices.kafka().produce(config.feedTopics().topic(feed), values));
    }

    /** A record per feed at END for a project of its own, which no alert can come from. */
    private static Map<Feed, List<byte[]>> endOfStream() {
        Map<Feed, List<byte[]>> messages = new java.util.EnumMap<>(Feed.class);
        String end = AlertJson.local(END);
        add(messages, Feed.PROJECTS, "{\"projectId\":\"ZZ-END\",\"name\":\"end\",\"districtCode\":\"330106\","
                + "\"status\":\"PLANNED\",\"startDate\":\"2027-01-01\",\"payDay\":15,\"updatedAt\":\"" + end + "\"}");
        add(messages, Feed.WORKERS, "{\"workerId\":\"ZZ\",\"projectId\":\"ZZ-END\",\"name\":\"x\",\"idNumber\":"
                + "\"110101199003074514\",\"wageType\":\"DAILY\",\"wageRate\":1,\"entryDate\":\"2026-11-30\","
                + "\"updatedAt\":\"" + end + "\"}");
        add(messages, Feed.ATTENDANCE, "{\"eventId\":\"ZZ\",\"projectId\":\"ZZ-END\",\"workerId\":\"ZZ\","
                + "\"direction\":\"OUT\",\"time\":\"" + end + "\"}");
        add(messages, Feed.PAYROLL, "{\"paymentId\":\"ZZ\",\"projectId\":\"ZZ-END\",\"workerId\":\"ZZ\","
                + "\"period\":\"2026-11\",\"amount\":1,\"paidAt\":\"" + end + "\",\"status\":\"FAILED\"}");
        add(messages, Feed.ACCOUNT_TXNS, "{\"txnId\":\"ZZ\",\"projectId\":\"ZZ-END\",\"type\":\"REFUND\","
                + "\"amount\":1,\"time\":\"" + end + "\"}");
        add(messages, Feed.COMPLAINTS, "{\"complaintId\":\"ZZ\",\"receivedAt\":\"" + end + "\",\"projectId\":null}");
        return messages;
    }

    private static void add(Map<Feed, List<byte[]>> messages, Feed feed, String json) {
        messages.computeIfAbsent(feed, f -> new ArrayList<>()).add(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The same records as replay files. */
    private void writeFeedFiles(Map<Feed, List<byte[]>> sample, Map<Feed, List<byte[]>> end) throws IOException {
        for (Feed feed : Feed.values()) {
            try (OutputStream out = Files.newOutputStream(feeds.resolve(feed.fileName()))) {
                for (byte[] value : sample.getOrDefault(feed, List.of())) {
                    out.write(value);
                    out.write('\n');
                }
                for (byte[] value : end.getOrDefault(feed, List.of())) {
                    out.write(value);
                    out.write('\n');
                }
            }
        }
    }

    /** An alert state as compared here: everything but the evidence. */
    private static String state(Alert alert) {
        return state(parse(AlertJson.toBytes(alert)));
    }

    private static String state(JsonNode a) {
        return String.join("|", a.get("alertId").asText(), a.get("status").asText(), a.get("level").asText(),
                a.get("affectedWorkers").asText(), a.get("amount").decimalValue().setScale(2).toPlainString(),
                a.get("detectedAt").asText(), a.get("updatedAt").asText());
    }

    private static String finalState(Alert alert) {
        return String.join("|", alert.alertId(), alert.status().name(), alert.level().name(),
                String.valueOf(alert.affectedWorkers()), alert.amount().toPlainString());
    }

    private static List<String> readCommitted(String topic, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedServices.kafka().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> states = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (states.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> states.add(state(parse(r.value()))));
            }
            // A few more checkpoints' worth: anything written twice shows up now.
            long settle = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < settle) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> states.add(state(parse(r.value()))));
            }
        }
        return states;
    }

    private static List<String> finalStatesInClickHouse(WagewatchConfig config, int expected) throws InterruptedException {
        try (ClickHouseSql sql = new ClickHouseSql(config.clickHouse())) {
            String query = "SELECT alertId, status, level, affectedWorkers, toString(amount) AS amount FROM alerts FINAL";
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            List<JsonNode> rows = sql.query(query);
            while (rows.size() < expected && System.nanoTime() < deadline) {
                Thread.sleep(500);
                rows = sql.query(query);
            }
            return rows.stream()
                    .map(r -> String.join("|", r.get("alertId").asText(), r.get("status").asText(),
                            r.get("level").asText(), r.get("affectedWorkers").asText(),
                            new java.math.BigDecimal(r.get("amount").asText()).setScale(2).toPlainString()))
                    .sorted()
                    .toList();
        }
    }

    /** worker_month shows who R01 counts as unpaid; project_day has the site's days. */
    private static void assertExplained(WagewatchConfig config, List<Alert> alerts) {
        Alert unpaid = alerts.stream()
                .filter(a -> a.rule() == org.wagewatch.rules.alert.Rule.R01 && a.period().equals("2026-10"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the sample leaves October unpaid: " + alerts));
        try (ClickHouseSql sql = new ClickHouseSql(config.clickHouse())) {
            assertThat(sql.queryLong("SELECT count() FROM worker_month FINAL WHERE projectId = '"
                    + unpaid.projectId() + "' AND month = '2026-10-01' AND days > 0 AND paid = 0"))
                    .isEqualTo(unpaid.affectedWorkers());
            assertThat(sql.queryLong("SELECT count() FROM project_day FINAL WHERE projectId = '"
                    + unpaid.projectId() + "' AND headCount > 0")).isPositive();
        }
    }

    private static JsonNode parse(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
