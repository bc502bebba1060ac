package org.wagewatch.jobs.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wagewatch.connectors.clickhouse.ClickHouseSql;
import org.wagewatch.connectors.clickhouse.SchemaMigrator;
import org.wagewatch.connectors.local.LocalClickHouse;
import org.wagewatch.connectors.local.LocalKafka;
import org.wagewatch.connectors.testing.SharedServices;
import org.wagewatch.jobs.config.WagewatchConfig;
import org.wagewatch.jobs.config.WagewatchOptions;

/** A job configuration on the shared Kafka and ClickHouse, with topics and a database of its own. */
public final class TestJobs {

    private TestJobs() {}

    /**
     * Topics are the defaults with {@code prefix} in front, created with {@code partitions}
     * partitions; the database is created and migrated.
     */
    public static WagewatchConfig config(String prefix, String database, int partitions, Map<String, String> extra) {
        LocalKafka kafka = SharedServices.kafka();
        LocalClickHouse clickHouse = SharedServices.clickHouse();
        Map<String, String> settings = new HashMap<>();
        settings.put(WagewatchOptions.KAFKA_BOOTSTRAP_SERVERS.key(), kafka.bootstrapServers());
        settings.put(WagewatchOptions.KAFKA_GROUP_ID.key(), prefix + "group");
        WagewatchOptions.FEED_TOPICS.forEach((feed, option) -> settings.put(option.key(), prefix + feed.defaultTopic()));
        settings.put(WagewatchOptions.TOPIC_REJECTED.key(), prefix + "ww.rejected");
        settings.put(WagewatchOptions.TOPIC_ALERTS.key(), prefix + "ww.alerts");
        settings.put(WagewatchOptions.CLICKHOUSE_URL.key(), clickHouse.httpUrl());
        settings.put(WagewatchOptions.CLICKHOUSE_USER.key(), LocalClickHouse.JOB_USER);
        settings.put(WagewatchOptions.CLICKHOUSE_DATABASE.key(), database);
        settings.putAll(extra);
        WagewatchConfig config = WagewatchConfig.from(settings,
                Map.of(WagewatchOptions.CLICKHOUSE_PASSWORD_ENV.defaultValue(), clickHouse.jobPassword()));
        List<String> topics = new ArrayList<>(config.feedTopics().all());
        topics.add(config.rejectedTopic());
        topics.add(config.alertsTopic());
        kafka.createTopics(partitions, topics.toArray(String[]::new));
        try (ClickHouseSql sql = new ClickHouseSql(config.clickHouse())) {
            new SchemaMigrator(sql).migrate();
        }
        return config;
    }
}
