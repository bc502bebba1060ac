package org.wagewatch.jobs;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.wagewatch.connectors.clickhouse.ClickHouseSink;
import org.wagewatch.connectors.clickhouse.FeedTables;
import org.wagewatch.connectors.feed.DecodedRecord;
import org.wagewatch.connectors.feed.FeedDecoder;
import org.wagewatch.connectors.feed.FeedEvent;
import org.wagewatch.connectors.feed.RejectedRecord;
import org.wagewatch.connectors.kafka.FeedDeserializationSchema;
import org.wagewatch.connectors.kafka.RejectedRecordSerializationSchema;
import org.wagewatch.jobs.config.WagewatchConfig;

/**
 * The wagewatch detection job.
 *
 * <p>Reads the six feeds of DOMAIN.md §3 (one Kafka source; each message decoded and validated in
 * the source so watermarks follow event time per partition), writes every record to its ClickHouse
 * table and every rejected one to {@code ww.rejected} too, and keys the valid events by project for
 * the rules. Flags: see {@link org.wagewatch.jobs.config.WagewatchOptions}.
 */
public final class WagewatchJob {

    private static final OutputTag<RejectedRecord> REJECTED = new OutputTag<>("rejected") {};

    private final Source<DecodedRecord, ?, ?> feeds;
    private final Sink<DecodedRecord> clickHouseTables;
    private final Sink<RejectedRecord> rejectedTopic;
    private final WagewatchConfig config;

    public WagewatchJob(Source<DecodedRecord, ?, ?> feeds, Sink<DecodedRecord> clickHouseTables,
            Sink<RejectedRecord> rejectedTopic, WagewatchConfig config) {
        this.feeds = feeds;
        this.clickHouseTables = clickHouseTables;
        this.rejectedTopic = rejectedTopic;
        this.config = config;
    }

    /** The job against the Kafka and ClickHouse the configuration names. */
    public static WagewatchJob fromConfig(WagewatchConfig config) {
        KafkaSource<DecodedRecord> feeds = KafkaSource.<DecodedRecord>builder()
                .setBootstrapServers(config.kafkaBootstrapServers())
                .setGroupId(config.kafkaGroupId())
                .setTopics(config.feedTopics().all())
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new FeedDeserializationSchema(config.feedTopics(), new FeedDecoder(config.maxRecordBytes())))
                .build();
        Sink<DecodedRecord> tables = new ClickHouseSink<>(config.clickHouse(), new FeedTables(), config.clickHouseSink());
        Sink<RejectedRecord> rejected = KafkaSink.<RejectedRecord>builder()
                .setBootstrapServers(config.kafkaBootstrapServers())
                .setRecordSerializer(new RejectedRecordSerializationSchema(config.rejectedTopic()))
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
        return new WagewatchJob(feeds, tables, rejected, config);
    }

    /** Wires the topology into {@code env} and returns the valid events keyed by project. */
    public KeyedStream<FeedEvent, String> build(StreamExecutionEnvironment env) {
        configureEnvironment(config, env);

        DataStream<DecodedRecord> decoded = readFeeds(env);
        decoded.sinkTo(clickHouseTables).name("ClickHouse feed tables").uid("clickhouse-feed-tables");

        SingleOutputStreamOperator<FeedEvent> valid = splitRejected(decoded);
        valid.getSideOutput(REJECTED).sinkTo(rejectedTopic).name("Kafka rejected records").uid("kafka-rejected");

        return keyByProject(valid);
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
                .withTimestampAssigner((record, kafkaTimestamp) -> record instanceof FeedEvent event
                        ? event.eventTime().toEpochMilli()
                        : Long.MIN_VALUE)
                .withIdleness(idleness);
    }

    private static SingleOutputStreamOperator<FeedEvent> splitRejected(DataStream<DecodedRecord> decoded) {
        return decoded.process(new ProcessFunction<DecodedRecord, FeedEvent>() {
                    @Override
                    public void processElement(DecodedRecord record, Context ctx, Collector<FeedEvent> out) {
                        if (record instanceof FeedEvent event) {
                            out.collect(event);
                        } else {
                            ctx.output(REJECTED, (RejectedRecord) record);
                        }
                    }
                })
                .name("Split rejected")
                .uid("split-rejected");
    }

    /** A complaint that names no project is stored but belongs to no project's rules (DOMAIN.md §3). */
    private static KeyedStream<FeedEvent, String> keyByProject(DataStream<FeedEvent> valid) {
        return valid.filter(event -> event.projectId() != null)
                .name("With a project")
                .uid("with-project")
                .keyBy(FeedEvent::projectId);
    }

    private static void configureEnvironment(WagewatchConfig config, StreamExecutionEnvironment env) {
        env.setParallelism(config.parallelism());
        env.enableCheckpointing(config.checkpointInterval().toMillis(), CheckpointingMode.EXACTLY_ONCE);
        // Records are immutable, so chained operators may share them instead of copying.
        env.getConfig().enableObjectReuse();
    }
}
