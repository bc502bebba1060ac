package org.wagewatch.jobs;

import java.time.Instant;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.wagewatch.connectors.feed.DecodedRecord;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.connectors.feed.RejectedRecord;
import org.wagewatch.jobs.detect.DetectionFunction;
import org.wagewatch.rules.alert.Alert;
import org.wagewatch.rules.config.RuleThresholds;

/** The steps the live job and a replay share, so both run the same operators and rules. */
public final class Topology {

    private static final OutputTag<RejectedRecord> REJECTED = new OutputTag<>("rejected") {};

    private Topology() {}

    /** Valid events go on; rejected records leave through {@link #rejected}. */
    public static SingleOutputStreamOperator<FeedRecord> splitRejected(DataStream<DecodedRecord> decoded) {
        return decoded.process(new ProcessFunction<DecodedRecord, FeedRecord>() {
                    @Override
                    public void processElement(DecodedRecord record, Context ctx, Collector<FeedRecord> out) {
                        if (record instanceof FeedRecord valid) {
                            out.collect(valid);
                        } else {
                            ctx.output(REJECTED, (RejectedRecord) record);
                        }
                    }
                })
                .name("Split rejected")
                .uid("split-rejected");
    }

    public static DataStream<RejectedRecord> rejected(SingleOutputStreamOperator<FeedRecord> split) {
        return split.getSideOutput(REJECTED);
    }

    /**
     * Keys valid events by project and runs the rules. A complaint that names no project is stored
     * but belongs to no project's rules (DOMAIN.md §3).
     */
    public static SingleOutputStreamOperator<Alert> detect(DataStream<FeedRecord> valid, RuleThresholds thresholds,
            Instant asOf, boolean explain) {
        return valid.filter(record -> record.event().projectId() != null)
                .name("With a project")
                .uid("with-project")
                .keyBy(record -> record.event().projectId())
                .process(new DetectionFunction(thresholds, asOf, explain))
                .name("Rules R01-R13")
                .uid("rules");
    }
}
