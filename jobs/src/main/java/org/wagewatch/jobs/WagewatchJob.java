package org.wagewatch.jobs;

import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.wagewatch.connectors.clickhouse.ClickHouseSink;
import org.wagewatch.connectors.clickhouse.FeedTables;
import org.wagewatch.connectors.feed.DecodedRecord;
import org.wagewatch.connectors.feed.FeedDecoder;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.connectors.feed.RejectedRecord;
import org.wagewatch.connectors.kafka.FeedDeserializationSchema;
import org.wagewatch.connectors.kafka.RejectedRecordSerializationSchema;
import org.wagewatch.jobs.alerts.AlertRows;
import org.wagewatch.jobs.alerts.ExplainRows;
import org.wagewatch.jobs.detect.DetectionFunction;
import org.wagewatch.jobs.alerts.AlertSerializationSchema;
import org.wagewatch.jobs.config.WagewatchConfig;
import org.wagewatch.rules.alert.Alert;
import org.wagewatch.rules.explain.ExplainRow;

/**
 * The wagewatch detection job.
 *
 * <p>Reads the six feeds of DOMAIN.md §3 (one Kafka source; each message decoded and validated in
 * the source so watermarks follow event time per partition), writes every record to its ClickHouse
 * table and every rejected one to {@code ww.rejected} too, runs the rules per project in event time
 * and writes every alert state to {@code ww.alerts} (transactional, exactly once) and the ClickHouse
 * {@code alerts} table (idempotent by alertId and version). Flags: see {@link
 * org.wagewatch.jobs.config.WagewatchOptions}.
 */
public final class WagewatchJob {

    private final Source<DecodedRecord, ?, ?> feeds;
    private final Sink<DecodedRecord> clickHouseTables;
    private final Sink<RejectedRecord> rejectedTopic;
    private final Sink<Alert> alertsTopic;
    private final Sink<Alert> alertsTable;
    private final WagewatchConfig config;

    public WagewatchJob(Source<DecodedRecord, ?, ?> feeds, Sink<DecodedRecord> clickHouseTables,
            Sink<RejectedRecord> rejectedTopic, Sink<Alert> alertsTopic, Sink<Alert> alertsTable,
            WagewatchConfig config) {
        this.feeds = feeds;
        this.clickHouseTables = clickHouseTables;
        this.rejectedTopic = rejectedTopic;
        this.alertsTopic = alertsTopic;
        this.alertsTable = alertsTable;
        this.config = config;
    }

    /** The job against the Kafka and ClickHouse the configuration names. */
    public static WagewatchJob fromConfig(WagewatchConfig config) {
        return new WagewatchJob(kafkaFeeds(config), feedTables(config), rejectedTopic(config), alertsTopic(config),
                alertsTable(config), config);
    }

    /** The six feed topics, each message decoded and validated in the source. */
    public static KafkaSource<DecodedRecord> kafkaFeeds(WagewatchConfig config) {
        return KafkaSource.<DecodedRecord>builder()
                .setBootstrapServers(config.kafkaBootstrapServers())
                .setGroupId(config.kafkaGroupId())
                .setTopics(config.feedTopics().all())
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new FeedDeserializationSchema(config.feedTopics(), new FeedDecoder(config.maxRecordBytes())))
                .build();
    }

    /** The analysts' feed tables and {@code rejected_records}. */
    public static Sink<DecodedRecord> feedTables(WagewatchConfig config) {
        return new ClickHouseSink<>(config.clickHouse(), new FeedTables(), config.clickHouseSink());
    }

    public static Sink<RejectedRecord> rejectedTopic(WagewatchConfig config) {
        return KafkaSink.<RejectedRecord>builder()
                .setBootstrapServers(config.kafkaBootstrapServers())
                .setRecordSerializer(new RejectedRecordSerializationSchema(config.rejectedTopic()))
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }

    /** {@code ww.alerts}, written in Kafka transactions committed on each checkpoint. */
    public static Sink<Alert> alertsTopic(WagewatchConfig config) {
        return KafkaSink.<Alert>builder()
                .setBootstrapServers(config.kafkaBootstrapServers())
                .setRecordSerializer(new AlertSerializationSchema(config.alertsTopic()))
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                .setTransactionalIdPrefix(config.kafkaGroupId() + "-alerts")
                .setProperty("transaction.timeout.ms", String.valueOf(config.kafkaTransactionTimeout().toMillis()))
                .build();
    }

    /** The analysts' {@code worker_month} and {@code project_day}. */
    public static Sink<ExplainRow> explainTables(WagewatchConfig config) {
        return new ClickHouseSink<>(config.clickHouse(), new ExplainRows(), config.clickHouseSink());
    }

    public static Sink<Alert> alertsTable(WagewatchConfig config) {
        return new ClickHouseSink<>(config.clickHouse(), new AlertRows(), config.clickHouseSink());
    }

    /** Wires the topology into {@code env}. */
    public void build(StreamExecutionEnvironment env) {
        configureEnvironment(config, env);

        DataStream<DecodedRecord> decoded = readFeeds(env);
        decoded.sinkTo(clickHouseTables).name("ClickHouse feed tables").uid("clickhouse-feed-tables");

        SingleOutputStreamOperator<FeedRecord> valid = Topology.splitRejected(decoded);
        Topology.rejected(valid).sinkTo(rejectedTopic).name("Kafka rejected records").uid("kafka-rejected");

        SingleOutputStreamOperator<Alert> alerts = Topology.detect(valid, config.thresholds(), Instant.MAX, true);
        alerts.sinkTo(alertsTopic).name("Kafka alerts").uid("kafka-alerts");
        alerts.sinkTo(alertsTable).name("ClickHouse alerts").uid("clickhouse-alerts");
        alerts.getSideOutput(DetectionFunction.EXPLAINED).sinkTo(explainTables(config))
                .name("ClickHouse worker_month and project_day").uid("clickhouse-explained");
    }

    public JobClient executeAsync(StreamExecutionEnvironment env) throws Exception {
        build(env);
        return env.executeAsync("wagewatch");
    }

    private DataStream<DecodedRecord> readFeeds(StreamExecutionEnvironment env) {
        return env.fromSource(feeds, watermarks(config.outOfOrderness(), config.sourceIdleness()), "Feeds")
                .uid("feeds");
    }

    /**
     * Event time is the record's own time; a rejected record has none and never moves time on. A
     * quiet partition stops holding time back after the idleness timeout.
     */
    static WatermarkStrategy<DecodedRecord> watermarks(Duration outOfOrderness, Duration idleness) {
        return WatermarkStrategy.<DecodedRecord>forBoundedOutOfOrderness(outOfOrderness)
                .withTimestampAssigner((record, kafkaTimestamp) -> record instanceof FeedRecord valid
                        ? valid.event().eventTime().toEpochMilli()
                        : Long.MIN_VALUE)
                .withIdleness(idleness);
    }

    private static void configureEnvironment(WagewatchConfig config, StreamExecutionEnvironment env) {
        Configuration flink = new Configuration();
        flink.set(StateBackendOptions.STATE_BACKEND, config.stateBackend());
        if (config.checkpointDir() != null) {
            flink.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, config.checkpointDir());
        }
        env.configure(flink);
        env.setParallelism(config.parallelism());
        env.enableCheckpointing(config.checkpointInterval().toMillis(), CheckpointingMode.EXACTLY_ONCE);
        // Records are immutable, so chained operators may share them instead of copying.
        env.getConfig().enableObjectReuse();
    }
}
