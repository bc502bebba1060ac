package org.wagewatch.jobs.config;

import static org.apache.flink.configuration.ConfigOptions.key;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.ConfigOption;
import org.wagewatch.connectors.clickhouse.ClickHouseSinkOptions;
import org.wagewatch.connectors.feed.Feed;
import org.wagewatch.connectors.feed.FeedDecoder;

/** Every setting of the wagewatch job, declared once with its type, default and meaning. */
public final class WagewatchOptions {

    public static final ConfigOption<String> KAFKA_BOOTSTRAP_SERVERS = key("kafka.bootstrap-servers")
            .stringType().defaultValue("localhost:9092")
            .withDescription("Kafka brokers to read the feeds from and write alerts and rejected records to.");

    public static final ConfigOption<String> KAFKA_GROUP_ID = key("kafka.group-id")
            .stringType().defaultValue("wagewatch")
            .withDescription("Consumer group of the job's Kafka source (offsets live in Flink checkpoints).");

    /** {@code kafka.topic.<feed>}: the topic of each feed, by default that of DOMAIN.md §3. */
    public static final Map<Feed, ConfigOption<String>> FEED_TOPICS = feedTopics();

    public static final ConfigOption<String> TOPIC_REJECTED = key("kafka.topic.rejected")
            .stringType().defaultValue("ww.rejected")
            .withDescription("Topic of rejected records (DOMAIN.md §7).");

    public static final ConfigOption<String> TOPIC_ALERTS = key("kafka.topic.alerts")
            .stringType().defaultValue("ww.alerts")
            .withDescription("Topic of alert states (DOMAIN.md §6).");

    public static final ConfigOption<String> CLICKHOUSE_URL = key("clickhouse.url")
            .stringType().defaultValue("http://127.0.0.1:8123")
            .withDescription("HTTP address of ClickHouse.");

    public static final ConfigOption<String> CLICKHOUSE_USER = key("clickhouse.user")
            .stringType().defaultValue("wagewatch")
            .withDescription("ClickHouse user the job writes as.");

    public static final ConfigOption<String> CLICKHOUSE_PASSWORD_ENV = key("clickhouse.password-env")
            .stringType().defaultValue("WAGEWATCH_CLICKHOUSE_PASSWORD")
            .withDescription("Environment variable holding the ClickHouse password; passwords are never read from files.");

    public static final ConfigOption<String> CLICKHOUSE_DATABASE = key("clickhouse.database")
            .stringType().defaultValue("wagewatch")
            .withDescription("ClickHouse database of the job's tables; created and migrated at start.");

    public static final ConfigOption<Integer> CLICKHOUSE_MAX_BATCH_ROWS = key("clickhouse.sink.max-batch-rows")
            .intType().defaultValue(ClickHouseSinkOptions.DEFAULTS.maxBatchRows())
            .withDescription("A table's batch is inserted when it holds this many rows.");

    public static final ConfigOption<Duration> CLICKHOUSE_FLUSH_INTERVAL = key("clickhouse.sink.flush-interval")
            .durationType().defaultValue(ClickHouseSinkOptions.DEFAULTS.flushInterval())
            .withDescription("A table's batch is inserted when it is this old, and on every checkpoint.");

    public static final ConfigOption<Integer> MAX_RECORD_BYTES = key("ingest.max-record-bytes")
            .intType().defaultValue(FeedDecoder.DEFAULT_MAX_RECORD_BYTES)
            .withDescription("A feed message larger than this is rejected unread.");

    public static final ConfigOption<Duration> OUT_OF_ORDERNESS = key("watermark.out-of-orderness")
            .durationType().defaultValue(Duration.ofMinutes(2))
            .withDescription("How far behind the newest event of a Kafka partition an event may arrive and still "
                    + "count before time moves past it (later ones are still applied, never dropped).");

    public static final ConfigOption<Duration> SOURCE_IDLENESS = key("watermark.idleness")
            .durationType().defaultValue(Duration.ofSeconds(30))
            .withDescription("A partition silent this long stops holding back event time.");

    public static final ConfigOption<Duration> CHECKPOINT_INTERVAL = key("job.checkpoint-interval")
            .durationType().defaultValue(Duration.ofSeconds(30))
            .withDescription("Interval of Flink checkpoints; ClickHouse batches are flushed on each.");

    public static final ConfigOption<Integer> PARALLELISM = key("job.parallelism")
            .intType().defaultValue(2)
            .withDescription("Parallelism of the job's operators.");

    private WagewatchOptions() {}

    private static Map<Feed, ConfigOption<String>> feedTopics() {
        Map<Feed, ConfigOption<String>> topics = new EnumMap<>(Feed.class);
        for (Feed feed : Feed.values()) {
            topics.put(feed, key("kafka.topic." + feed.feedName())
                    .stringType().defaultValue(feed.defaultTopic())
                    .withDescription("Topic of the " + feed.feedName() + " feed."));
        }
        return Collections.unmodifiableMap(topics);
    }

    /** All options declared above, found by reflection so that no list is kept by hand. */
    public static List<ConfigOption<?>> all() {
        List<ConfigOption<?>> options = new ArrayList<>();
        for (Field field : WagewatchOptions.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ConfigOption.class) {
                try {
                    options.add((ConfigOption<?>) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        options.addAll(FEED_TOPICS.values());
        return options;
    }
}
