package org.wagewatch.jobs.detect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeHint;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.rules.alert.Alert;
import org.wagewatch.rules.config.RuleThresholds;
import org.wagewatch.rules.engine.ProjectDetector;
import org.wagewatch.rules.engine.RuleEngine;
import org.wagewatch.rules.state.Calendar;

/**
 * Runs one project's rules in event time (DOMAIN.md §4a). Events wait in state until the watermark
 * passes their timestamp, so they are applied in time order whatever order they arrived in; the
 * rules are evaluated at each event instant and at every local midnight (each deadline is one),
 * through event-time timers, so a deadline passes even when the project sends nothing. An event
 * older than the watermark is never dropped: it is applied at once and evaluated at the latest
 * instant already evaluated.
 */
public final class DetectionFunction extends KeyedProcessFunction<String, FeedRecord, Alert> {

    private static final long serialVersionUID = 1L;

    private final RuleThresholds thresholds;
    private final long asOf;

    private transient ValueState<ProjectDetector> detector;
    private transient ValueState<Long> lastEvaluated;
    private transient MapState<Long, List<FeedRecord>> pending;
    private transient RuleEngine engine;

    /**
     * @param asOf nothing after this instant is applied or evaluated (a replay's --as-of); {@link
     *     Instant#MAX} in a live run
     */
    public DetectionFunction(RuleThresholds thresholds, Instant asOf) {
        this.thresholds = thresholds;
        this.asOf = asOf.equals(Instant.MAX) ? Long.MAX_VALUE : asOf.toEpochMilli();
    }

    @Override
    public void open(OpenContext context) {
        detector = getRuntimeContext().getState(new ValueStateDescriptor<>("detector", ProjectDetector.class));
        lastEvaluated = getRuntimeContext().getState(new ValueStateDescriptor<>("last-evaluated", Types.LONG));
        pending = getRuntimeContext().getMapState(new MapStateDescriptor<>("pending", Types.LONG,
                TypeInformation.of(new TypeHint<List<FeedRecord>>() {})));
        engine = RuleEngine.get();
    }

    @Override
    public void processElement(FeedRecord record, Context ctx, Collector<Alert> out) throws Exception {
        long time = record.event().eventTime().toEpochMilli();
        if (time > asOf) {
            return;
        }
        Long evaluated = lastEvaluated.value();
        if (evaluated != null && time <= evaluated) {
            // Late: its instant has been evaluated already. Apply it and judge again at once.
            detector(ctx.getCurrentKey()).applyLate(record);
            evaluate(evaluated, ctx, out);
            return;
        }
        List<FeedRecord> waiting = pending.get(time);
        if (waiting == null) {
            waiting = new ArrayList<>(1);
        }
        waiting.add(record);
        pending.put(time, waiting);
        ctx.timerService().registerEventTimeTimer(time);
    }

    @Override
    public void onTimer(long time, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        List<FeedRecord> due = pending.get(time);
        if (due != null) {
            ProjectDetector projectDetector = detector(ctx.getCurrentKey());
            projectDetector.apply(due);
            pending.remove(time);
            boolean midnight = Calendar.midnight(Calendar.day(Instant.ofEpochMilli(time))).toEpochMilli() == time;
            if (!midnight && !projectDetector.mayChangeAlerts(due, Instant.ofEpochMilli(time), thresholds)) {
                // Nothing to judge now; the day's end is judged at midnight all the same.
                detector.update(projectDetector);
                registerNextMidnight(time, ctx);
                return;
            }
        }
        evaluate(time, ctx, out);
    }

    private void evaluate(long time, Context ctx, Collector<Alert> out) throws Exception {
        ProjectDetector projectDetector = detector(ctx.getCurrentKey());
        for (Alert alert : projectDetector.evaluate(Instant.ofEpochMilli(time), thresholds, engine)) {
            out.collect(alert);
        }
        detector.update(projectDetector);
        Long evaluated = lastEvaluated.value();
        if (evaluated == null || time > evaluated) {
            lastEvaluated.update(time);
        }
        registerNextMidnight(time, ctx);
    }

    private void registerNextMidnight(long time, Context ctx) {
        long nextMidnight = Calendar.nextMidnight(Instant.ofEpochMilli(time)).toEpochMilli();
        if (nextMidnight <= asOf) {
            ctx.timerService().registerEventTimeTimer(nextMidnight);
        }
    }

    private ProjectDetector detector(String projectId) throws Exception {
        ProjectDetector current = detector.value();
        if (current == null) {
            current = new ProjectDetector(projectId);
            detector.update(current);
        }
        return current;
    }
}
