package org.wagewatch.jobs.replay;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeHint;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.types.Either;
import org.apache.flink.util.CloseableIterator;
import org.wagewatch.connectors.feed.DecodedRecord;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.connectors.feed.RejectedRecord;
import org.wagewatch.jobs.Topology;
import org.wagewatch.rules.alert.Alert;
import org.wagewatch.rules.config.RuleThresholds;
import org.wagewatch.rules.engine.RuleEngine;

/**
 * The detection job over replay files (DOMAIN.md §9): the live job's operators and rules, fed from
 * the six files of a directory instead of Kafka. Events are held until the end of the input, then
 * applied and judged in time order up to the as-of instant, so the lines may come in any order.
 */
public final class ReplayJob {

    /**
     * The final state of every alert, every state on the way (in alert and version order) if asked for
     * with {@link #keepingEveryState()}, and every rejected record in file and line order.
     */
    public record Result(List<Alert> alerts, List<Alert> states, List<RejectedRecord> rejected) {}

    /** Replay files are read in slices of about this size, in parallel. */
    private static final long SLICE_BYTES = 8L << 20;

    private final Path feeds;
    private final Instant asOf;
    private final RuleThresholds thresholds;
    private boolean everyState;

    public ReplayJob(Path feeds, Instant asOf, RuleThresholds thresholds) {
        this.feeds = feeds;
        this.asOf = asOf;
        this.thresholds = thresholds;
    }

    /** Collects every alert state on the way too, not only the final ones. */
    public ReplayJob keepingEveryState() {
        everyState = true;
        return this;
    }

    public Result run(StreamExecutionEnvironment env, Instant receivedAt) throws Exception {
        RuleEngine.compileInBackground();
        env.getConfig().enableObjectReuse();
        DataStream<DecodedRecord> decoded = env
                .fromData(FileSlice.plan(feeds, SLICE_BYTES), TypeInformation.of(FileSlice.class))
                .name("Feed file slices")
                .flatMap(new ReadFeedFiles(receivedAt))
                .name("Decode and validate");
        SingleOutputStreamOperator<FeedRecord> valid = Topology.splitRejected(decoded);
        DataStream<Alert> states = Topology.detect(valid, thresholds, asOf, false);
        if (!everyState) {
            states = states.transform("Final alert states", states.getType(), new FinalAlertStates());
        }
        DataStream<Either<Alert, RejectedRecord>> alerts = states
                .map(Either::<Alert, RejectedRecord>Left)
                .returns(new TypeHint<Either<Alert, RejectedRecord>>() {});
        DataStream<Either<Alert, RejectedRecord>> rejected = Topology.rejected(valid)
                .map(Either::<Alert, RejectedRecord>Right)
                .returns(new TypeHint<Either<Alert, RejectedRecord>>() {});

        Map<String, Alert> latest = new HashMap<>();
        List<Alert> collected = new ArrayList<>();
        List<RejectedRecord> rejects = new ArrayList<>();
        try (CloseableIterator<Either<Alert, RejectedRecord>> results =
                alerts.union(rejected).executeAndCollect("wagewatch replay")) {
            while (results.hasNext()) {
                Either<Alert, RejectedRecord> result = results.next();
                if (result.isLeft()) {
                    collected.add(result.left());
                    latest.merge(result.left().alertId(), result.left(), (a, b) -> a.version() >= b.version() ? a : b);
                } else {
                    rejects.add(result.right());
                }
            }
        }
        List<Alert> finalStates = new ArrayList<>(latest.values());
        finalStates.sort(Comparator.comparing(Alert::projectId).thenComparing(Alert::rule).thenComparing(Alert::period));
        rejects.sort(Comparator.comparing(RejectedRecord::file).thenComparing(RejectedRecord::line));
        collected.sort(Comparator.comparing(Alert::alertId).thenComparing(Alert::version));
        return new Result(finalStates, everyState ? collected : List.of(), rejects);
    }
}
