package org.wagewatch.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.wagewatch.connectors.clickhouse.ClickHouseSql;
import org.wagewatch.connectors.clickhouse.FeedTables;
import org.wagewatch.connectors.feed.Feed;
import org.wagewatch.connectors.local.LocalKafka;
import org.wagewatch.connectors.testing.SharedServices;
import org.wagewatch.jobs.config.WagewatchConfig;
import org.wagewatch.jobs.config.WagewatchOptions;
import org.wagewatch.jobs.testing.TestJobs;

/**
 * The ingest stage end to end, on a real Kafka broker, a real ClickHouse server and a Flink
 * MiniCluster: every record lands in its table once, every malformed one is rejected with its
 * reason and position, personal data never leaves in clear, and the job keeps running.
 */
class IngestITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final String PREFIX = "ingest-it.";
    private static final String DATABASE = "ingest_it";
    private static final Map<Feed, String> TABLES = Map.of(
            Feed.PROJECTS, FeedTables.PROJECTS, Feed.WORKERS, FeedTables.WORKERS, Feed.ATTENDANCE, FeedTables.ATTENDANCE,
            Feed.PAYROLL, FeedTables.PAYMENTS, Feed.ACCOUNT_TXNS, FeedTables.ACCOUNT_TXNS, Feed.COMPLAINTS, FeedTables.COMPLAINTS);
    private static final Map<Feed, String> ID_COLUMNS = Map.of(
            Feed.PROJECTS, "projectId", Feed.WORKERS, "workerId", Feed.ATTENDANCE, "eventId",
            Feed.PAYROLL, "paymentId", Feed.ACCOUNT_TXNS, "txnId", Feed.COMPLAINTS, "complaintId");

    private static final MixedFeeds FEEDS = new MixedFeeds(20, 15, 8, 300);
    private static final Map<String, RecordMetadata> POSITIONS = new HashMap<>();

    private static WagewatchConfig config;
    private static ClickHouseSql sql;
    private static JobClient job;

    @BeforeAll
    static void runTheJobOverMixedTraffic() throws Exception {
        config = TestJobs.config(PREFIX, DATABASE, 2, Map.of(
                WagewatchOptions.CHECKPOINT_INTERVAL.key(), "2 s"));
        sql = new ClickHouseSql(config.clickHouse());

        produceEverything(SharedServices.kafka());

        job = WagewatchJob.fromConfig(config).executeAsync(StreamExecutionEnvironment.getExecutionEnvironment());
        awaitRows(FeedTables.REJECTED_RECORDS, FEEDS.malformed.size());
        for (Feed feed : Feed.values()) {
            awaitRows(TABLES.get(feed), FEEDS.valid.get(feed).size());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (job != null) {
            job.cancel().get();
        }
        if (sql != null) {
            sql.close();
        }
    }

    @Test
    void shouldStoreEveryValidRecordInItsTableExactlyOnce() {
        for (Feed feed : Feed.values()) {
            String table = TABLES.get(feed);
            String id = ID_COLUMNS.get(feed);
            List<String> expected = FEEDS.valid.get(feed).stream().map(MixedFeeds.Message::id).toList();

            List<String> stored = sql.query("SELECT " + id + " FROM " + table).stream()
                    .map(row -> row.get(id).asText()).toList();

            assertThat(stored).as(table).hasSameSizeAs(expected).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void shouldRejectEveryMalformedRecordWithItsReasonAndOffset() {
        Map<String, JsonNode> byPosition = new HashMap<>();
        for (JsonNode row : sql.query("SELECT * FROM rejected_records FINAL")) {
            byPosition.put(row.get("topic").asText() + "/" + row.get("kafkaPartition").asInt() + "/"
                    + row.get("kafkaOffset").asLong(), row);
        }

        assertThat(byPosition).hasSize(FEEDS.malformed.size());
        for (MixedFeeds.Message message : FEEDS.malformed) {
            RecordMetadata position = POSITIONS.get(message.id());
            JsonNode row = byPosition.get(position.topic() + "/" + position.partition() + "/" + position.offset());
            assertThat(row).as("rejected record of %s", message.id()).isNotNull();
            assertThat(row.get("feed").asText()).isEqualTo(message.feed().feedName());
            if (message.expectedReason().endsWith("...")) {
                assertThat(row.get("reason").asText()).startsWith(
                        message.expectedReason().substring(0, message.expectedReason().length() - 3));
            } else {
                assertThat(row.get("reason").asText()).isEqualTo(message.expectedReason());
            }
            assertThat(row.get("raw").asText()).as("raw text of %s", message.id()).contains(message.id());
        }
    }

    @Test
    void shouldPublishEveryRejectedRecordToKafka() {
        List<ConsumerRecord<byte[], byte[]>> rejected = readAll(config.rejectedTopic(), FEEDS.malformed.size());

        assertThat(rejected).hasSize(FEEDS.malformed.size());
        Set<String> ids = new HashSet<>();
        for (ConsumerRecord<byte[], byte[]> record : rejected) {
            String json = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"reason\":", "\"partition\":", "\"offset\":");
            FEEDS.malformed.stream().filter(m -> json.contains(m.id() + "\\\"") || json.contains(m.id() + "\""))
                    .forEach(m -> ids.add(m.id()));
        }
        assertThat(ids).hasSize(FEEDS.malformed.size());
    }

    @Test
    void shouldNeverWritePersonalDataInClear() {
        StringBuilder everything = new StringBuilder();
        for (JsonNode table : sql.query("SELECT name FROM system.tables WHERE database = '" + DATABASE + "'")) {
            sql.query("SELECT * FROM " + table.get("name").asText()).forEach(row -> everything.append(row).append('\n'));
        }
        readAll(config.rejectedTopic(), FEEDS.malformed.size())
                .forEach(r -> everything.append(new String(r.value(), StandardCharsets.UTF_8)).append('\n'));

        assertThat(everything).as("what the job wrote").contains("欧*", "司*");
        for (String personal : FEEDS.personalData) {
            assertThat(everything.indexOf(personal)).as("position of a personal value in the output").isEqualTo(-1);
        }
    }

    @Test
    void shouldKeepRunning() throws Exception {
        assertThat(job.getJobStatus().get()).isEqualTo(JobStatus.RUNNING);
    }

    private static void produceEverything(LocalKafka kafka) {
        List<MixedFeeds.Message> all = new ArrayList<>(FEEDS.malformed);
        FEEDS.valid.values().forEach(all::addAll);
        List<ProducerRecord<byte[], byte[]>> records = all.stream()
                .map(message -> new ProducerRecord<>(config.feedTopics().topic(message.feed()),
                        message.id().getBytes(StandardCharsets.UTF_8), message.value()))
                .toList();
        List<RecordMetadata> positions = kafka.produce(records);
        for (int i = 0; i < FEEDS.malformed.size(); i++) {
            POSITIONS.put(all.get(i).id(), positions.get(i));
        }
    }

    private static void awaitRows(String table, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        long rows = 0;
        while (System.nanoTime() < deadline) {
            rows = sql.queryLong("SELECT count() FROM " + table + " FINAL");
            if (rows >= expected) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("table " + table + " has " + rows + " rows after 3 minutes, expected " + expected);
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(String topic, int atLeast) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedServices.kafka().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (records.size() < atLeast && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            // One more poll shows there are no extra (duplicated) records beyond those expected.
            consumer.poll(Duration.ofSeconds(1)).forEach(records::add);
        }
        return records;
    }
}
