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
import org.wagewatch.rules.config.RuleThresholds;

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

    public static final ConfigOption<Duration> KAFKA_TRANSACTION_TIMEOUT = key("kafka.transaction-timeout")
            .durationType().defaultValue(Duration.ofMinutes(15))
            .withDescription("Timeout of the transactions that write ww.alerts exactly once: longer than any "
                    + "checkpoint takes, and at most the brokers' transaction.max.timeout.ms (15 min by default).");

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

    public static final ConfigOption<String> STATE_BACKEND = key("job.state-backend")
            .stringType().defaultValue("hashmap")
            .withDescription("Where keyed state lives: hashmap (on the heap, fastest) or rocksdb (on disk, for "
                    + "state larger than memory); checkpoints go to job.checkpoint-dir either way.");

    public static final ConfigOption<String> CHECKPOINT_DIR = key("job.checkpoint-dir")
            .stringType().noDefaultValue()
            .withDescription("Directory or URI for checkpoints, e.g. file:///var/lib/wagewatch/checkpoints; "
                    + "kept in the JobManager's memory when unset (fine for the demo and tests only).");

    public static final ConfigOption<Integer> PARALLELISM = key("job.parallelism")
            .intType().defaultValue(2)
            .withDescription("Parallelism of the job's operators.");

    public static final ConfigOption<String> RULES_MONTH_DAYS = key("rules.statutory-month-days")
            .stringType().defaultValue(RuleThresholds.DEFAULTS.statutoryMonthDays().toPlainString())
            .withDescription("Paid days in a month (月计薪天数) for MONTHLY wages and R03.");

    public static final ConfigOption<Integer> R01_RED_WORKERS = key("rules.r01.red-workers")
            .intType().defaultValue(RuleThresholds.DEFAULTS.unpaidRedWorkers())
            .withDescription("R01 is RED from this many unpaid workers.");

    public static final ConfigOption<String> R01_RED_AMOUNT = key("rules.r01.red-amount")
            .stringType().defaultValue(RuleThresholds.DEFAULTS.unpaidRedAmount().toPlainString())
            .withDescription("R01 is RED from this much unpaid expected pay.");

    public static final ConfigOption<String> R02_UNDERPAID_SHARE = key("rules.r02.underpaid-share")
            .stringType().defaultValue(RuleThresholds.DEFAULTS.underpaidShare().toPlainString())
            .withDescription("R02: paid below this share of expected.");

    public static final ConfigOption<Integer> R02_ORANGE_WORKERS = key("rules.r02.orange-workers")
            .intType().defaultValue(RuleThresholds.DEFAULTS.underpaidOrangeWorkers())
            .withDescription("R02 is ORANGE from this many underpaid workers.");

    public static final ConfigOption<String> R02_ORANGE_AMOUNT = key("rules.r02.orange-amount")
            .stringType().defaultValue(RuleThresholds.DEFAULTS.underpaidOrangeAmount().toPlainString())
            .withDescription("R02 is ORANGE from this total shortfall.");

    public static final ConfigOption<String> R03_MINIMUM_WAGE = key("rules.r03.minimum-monthly-wage")
            .stringType().defaultValue(RuleThresholds.DEFAULTS.minimumMonthlyWage().toPlainString())
            .withDescription("R03: minimum monthly wage where a district has none of its own.");

    public static final ConfigOption<Integer> R05_WARNING_DAYS = key("rules.r05.warning-days")
            .intType().defaultValue(RuleThresholds.DEFAULTS.balanceWarningDays())
            .withDescription("R05 looks this many days before the pay deadline.");

    public static final ConfigOption<Integer> R07_DROP_PERCENT = key("rules.r07.drop-percent")
            .intType().defaultValue(RuleThresholds.DEFAULTS.dropPercent())
            .withDescription("R07: head count below this percent of the recent mean.");

    public static final ConfigOption<Integer> R07_RECENT_DAYS = key("rules.r07.recent-days")
            .intType().defaultValue(RuleThresholds.DEFAULTS.dropRecentDays())
            .withDescription("R07: the mean is over up to this many recent attendance days ...");

    public static final ConfigOption<Integer> R07_LOOKBACK_DAYS = key("rules.r07.lookback-days")
            .intType().defaultValue(RuleThresholds.DEFAULTS.dropLookbackDays())
            .withDescription("... within this many days before the day judged ...");

    public static final ConfigOption<Integer> R07_MIN_DAYS = key("rules.r07.min-days")
            .intType().defaultValue(RuleThresholds.DEFAULTS.dropMinDays())
            .withDescription("... of which there must be at least this many ...");

    public static final ConfigOption<Integer> R07_MIN_MEAN = key("rules.r07.min-mean")
            .intType().defaultValue(RuleThresholds.DEFAULTS.dropMinMean())
            .withDescription("... and the mean must be at least this.");

    public static final ConfigOption<Integer> R08_START_DAYS = key("rules.r08.start-days")
            .intType().defaultValue(RuleThresholds.DEFAULTS.silentStartDays())
            .withDescription("R08: the project started at least this many days ago.");

    public static final ConfigOption<Integer> R08_SILENT_DAYS = key("rules.r08.silent-days")
            .intType().defaultValue(RuleThresholds.DEFAULTS.silentDays())
            .withDescription("R08: this many silent days.");

    public static final ConfigOption<Integer> R09_COMPLAINTS = key("rules.r09.complaints")
            .intType().defaultValue(RuleThresholds.DEFAULTS.complaintCount())
            .withDescription("R09: this many complaints ...");

    public static final ConfigOption<Integer> R09_WINDOW_DAYS = key("rules.r09.window-days")
            .intType().defaultValue(RuleThresholds.DEFAULTS.complaintWindowDays())
            .withDescription("... within this many days.");

    public static final ConfigOption<Integer> R09_WORKERS = key("rules.r09.workers")
            .intType().defaultValue(RuleThresholds.DEFAULTS.complaintWorkers())
            .withDescription("R09: or one complaint for at least this many workers.");

    public static final ConfigOption<Integer> R13_UNREGISTERED = key("rules.r13.unregistered-workers")
            .intType().defaultValue(RuleThresholds.DEFAULTS.unregisteredWorkers())
            .withDescription("R13: this many unregistered workers punching on a day.");

    public static final ConfigOption<Integer> RETENTION_MONTHS = key("rules.retention-months")
            .intType().defaultValue(RuleThresholds.DEFAULTS.retentionMonths())
            .withDescription("A month's detail is dropped from state this many months after it ends, unless an "
                    + "alert of it that a late record could resolve is still OPEN.");

    public static final ConfigOption<Map<String, String>> R03_MINIMUM_WAGE_BY_DISTRICT =
            key("rules.r03.minimum-monthly-wage-by-district")
            .mapType().defaultValue(Map.of())
            .withDescription("R03: minimum monthly wage per 6-digit districtCode, e.g. 330106:2490,330108:2590.");

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
