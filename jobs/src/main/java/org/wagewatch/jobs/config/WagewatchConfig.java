package org.wagewatch.jobs.config;

import static org.wagewatch.jobs.config.WagewatchOptions.*;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.Configuration;
import org.wagewatch.connectors.clickhouse.ClickHouseEndpoint;
import org.wagewatch.connectors.clickhouse.ClickHouseSinkOptions;
import org.wagewatch.connectors.feed.Feed;
import org.wagewatch.connectors.kafka.FeedTopics;
import org.wagewatch.rules.config.RuleThresholds;

/**
 * The job's configuration, parsed once from {@link WagewatchOptions} keys and the environment into
 * typed values; the topology never reads a raw key.
 */
public record WagewatchConfig(
        String kafkaBootstrapServers,
        String kafkaGroupId,
        FeedTopics feedTopics,
        String rejectedTopic,
        String alertsTopic,
        Duration kafkaTransactionTimeout,
        ClickHouseEndpoint clickHouse,
        ClickHouseSinkOptions clickHouseSink,
        int maxRecordBytes,
        Duration outOfOrderness,
        Duration sourceIdleness,
        Duration checkpointInterval,
        String stateBackend,
        String checkpointDir,
        int parallelism,
        RuleThresholds thresholds)
        implements Serializable {

    /**
     * Reads the settings; {@code environment} supplies the ClickHouse password.
     *
     * @throws IllegalArgumentException naming the key, for an unknown key or an unusable value
     */
    public static WagewatchConfig from(Map<String, String> settings, Map<String, String> environment) {
        Set<String> known = WagewatchOptions.all().stream().map(ConfigOption::key).collect(Collectors.toSet());
        for (String key : settings.keySet()) {
            if (key.toLowerCase().contains("password") && !key.equals(CLICKHOUSE_PASSWORD_ENV.key())) {
                throw new IllegalArgumentException("setting '" + key + "': passwords are read from the environment ("
                        + CLICKHOUSE_PASSWORD_ENV.key() + " names the variable), never from a file");
            }
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown setting '" + key + "'");
            }
        }
        Configuration conf = Configuration.fromMap(settings);
        try {
            Map<Feed, String> topics = new EnumMap<>(Feed.class);
            FEED_TOPICS.forEach((feed, option) -> topics.put(feed, conf.get(option)));
            String passwordVariable = conf.get(CLICKHOUSE_PASSWORD_ENV);
            return new WagewatchConfig(
                    conf.get(KAFKA_BOOTSTRAP_SERVERS),
                    conf.get(KAFKA_GROUP_ID),
                    new FeedTopics(topics),
                    conf.get(TOPIC_REJECTED),
                    conf.get(TOPIC_ALERTS),
                    conf.get(KAFKA_TRANSACTION_TIMEOUT),
                    new ClickHouseEndpoint(conf.get(CLICKHOUSE_URL), conf.get(CLICKHOUSE_USER),
                            environment.getOrDefault(passwordVariable, ""), conf.get(CLICKHOUSE_DATABASE)),
                    ClickHouseSinkOptions.DEFAULTS
                            .withMaxBatchRows(conf.get(CLICKHOUSE_MAX_BATCH_ROWS))
                            .withFlushInterval(conf.get(CLICKHOUSE_FLUSH_INTERVAL)),
                    positive(conf, MAX_RECORD_BYTES),
                    conf.get(OUT_OF_ORDERNESS),
                    conf.get(SOURCE_IDLENESS),
                    conf.get(CHECKPOINT_INTERVAL),
                    stateBackend(conf),
                    conf.get(CHECKPOINT_DIR),
                    positive(conf, PARALLELISM),
                    thresholds(conf));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("configuration: " + e.getMessage(), e);
        }
    }

    private static String stateBackend(Configuration conf) {
        String backend = conf.get(STATE_BACKEND);
        if (!backend.equals("hashmap") && !backend.equals("rocksdb")) {
            throw new IllegalArgumentException(
                    "setting '" + STATE_BACKEND.key() + "' must be hashmap or rocksdb, got '" + backend + "'");
        }
        return backend;
    }

    private static RuleThresholds thresholds(Configuration conf) {
        Map<String, BigDecimal> byDistrict = new HashMap<>();
        conf.get(R03_MINIMUM_WAGE_BY_DISTRICT).forEach((district, wage) ->
                byDistrict.put(district, decimal(R03_MINIMUM_WAGE_BY_DISTRICT.key() + "." + district, wage)));
        return new RuleThresholds(
                decimal(conf, RULES_MONTH_DAYS),
                positive(conf, R01_RED_WORKERS),
                decimal(conf, R01_RED_AMOUNT),
                decimal(conf, R02_UNDERPAID_SHARE),
                positive(conf, R02_ORANGE_WORKERS),
                decimal(conf, R02_ORANGE_AMOUNT),
                decimal(conf, R03_MINIMUM_WAGE),
                byDistrict,
                positive(conf, R05_WARNING_DAYS),
                positive(conf, R07_DROP_PERCENT),
                positive(conf, R07_RECENT_DAYS),
                positive(conf, R07_LOOKBACK_DAYS),
                positive(conf, R07_MIN_DAYS),
                positive(conf, R07_MIN_MEAN),
                positive(conf, R08_START_DAYS),
                positive(conf, R08_SILENT_DAYS),
                positive(conf, R09_COMPLAINTS),
                positive(conf, R09_WINDOW_DAYS),
                positive(conf, R09_WORKERS),
                positive(conf, R13_UNREGISTERED),
                positive(conf, RETENTION_MONTHS));
    }

    private static BigDecimal decimal(Configuration conf, ConfigOption<String> option) {
        return decimal(option.key(), conf.get(option));
    }

    private static BigDecimal decimal(String key, String value) {
        try {
            BigDecimal decimal = new BigDecimal(value.trim());
            if (decimal.signum() <= 0) {
                throw new NumberFormatException();
            }
            return decimal;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting '" + key + "' must be a positive number, got '" + value + "'");
        }
    }

    private static int positive(Configuration conf, ConfigOption<Integer> option) {
        int value = conf.get(option);
        if (value <= 0) {
            throw new IllegalArgumentException("setting '" + option.key() + "' must be positive, got " + value);
        }
        return value;
    }
}
