package org.wagewatch.jobs.detect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.rules.alert.Alert;
import org.wagewatch.rules.config.RuleThresholds;
import org.wagewatch.rules.engine.ProjectDetector;
import org.wagewatch.rules.explain.ExplainRow;
import org.wagewatch.rules.engine.RuleEngine;
import org.wagewatch.rules.state.Calendar;

/**
 * Runs one project's rules in event time (DOMAIN.md §4a). Events wait in state until the watermark
 * passes their timestamp, so they are applied in time order whatever order they arrived in; the
 * rules are evaluated at each event instant and at every local midnight (each deadline is one),
 * woken by an event-time timer, so a deadline passes even when the project sends nothing. An event
 * older than the last instant evaluated is never dropped: it is applied at once and evaluated at
 * that instant.
 */
public final class DetectionFunction extends KeyedProcessFunction<String, FeedRecord, Alert> {

    private static final long serialVersionUID = 1L;

    /** The analysts' worker_month and project_day rows, written at each local midnight. */
    public static final OutputTag<ExplainRow> EXPLAINED = new OutputTag<>("explained") {};

    private final RuleThresholds thresholds;
    private final long asOf;
    private final boolean explain;

    private transient ValueState<ProjectDetector> detector;
    private transient ValueState<Long> lastEvaluated;
    private transient ValueState<Long> nextTimer;
    /** Events the watermark has not passed yet, in arrival order: appending is all an event costs. */
    private transient ListState<FeedRecord> pending;
    private transient KeyedPunches punches;
    private transient RuleEngine engine;

    /**
     * @param asOf nothing after this instant is applied or evaluated (a replay's --as-of); {@link
     *     Instant#MAX} in a live run
     * @param explain whether to write the {@link #EXPLAINED} rows (a replay has no use for them)
     */
    public DetectionFunction(RuleThresholds thresholds, Instant asOf, boolean explain) {
        this.thresholds = thresholds;
        this.asOf = asOf.equals(Instant.MAX) ? Long.MAX_VALUE : asOf.toEpochMilli();
        this.explain = explain;
    }

    @Override
    public void open(OpenContext context) {
        detector = getRuntimeContext().getState(new ValueStateDescriptor<>("detector", ProjectDetector.class));
        lastEvaluated = getRuntimeContext().getState(new ValueStateDescriptor<>("last-evaluated", Types.LONG));
        nextTimer = getRuntimeContext().getState(new ValueStateDescriptor<>("next-timer", Types.LONG));
        pending = getRuntimeContext().getListState(
                new ListStateDescriptor<>("pending", TypeInformation.of(FeedRecord.class)));
        punches = new KeyedPunches(getRuntimeContext().getMapState(
                new MapStateDescriptor<>("punches", Types.STRING,
                        PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO)));
        engine = RuleEngine.get();
    }

    @Override
    public void processElement(FeedRecord record, Context ctx, Collector<Alert> out) throws Exception {
        long time = timeOf(record);
        if (time > asOf) {
            return;
        }
        Long evaluated = lastEvaluated.value();
        if (evaluated != null && time <= evaluated) {
            // Late: its instant has been evaluated already. Apply it and judge again at once.
            ProjectDetector projectDetector = detector(ctx.getCurrentKey());
            projectDetector.applyLate(record);
            evaluate(projectDetector, evaluated, out);
            detector.update(projectDetector);
            return;
        }
        pending.add(record);
        Long timer = nextTimer.value();
        if (timer == null || time < timer) {
            schedule(time, ctx);
        }
    }

    /**
     * Time has passed at least {@code time}: judge, in order, every instant the watermark has passed
     * since the last one judged — the pending events' instants and the midnights between them — then
     * wait for the next. One timer per project at a time keeps the timer queue small.
     */
    @Override
    public void onTimer(long time, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        long reached = Math.min(ctx.timerService().currentWatermark(), asOf);
        List<FeedRecord> due = new ArrayList<>();
        List<FeedRecord> waiting = new ArrayList<>();
        long nextPending = Long.MAX_VALUE;
        for (FeedRecord record : pending.get()) {
            long instant = timeOf(record);
            if (instant <= reached) {
                due.add(record);
            } else {
                waiting.add(record);
                nextPending = Math.min(nextPending, instant);
            }
        }
        due.sort(Comparator.comparingLong(DetectionFunction::timeOf));
        ProjectDetector projectDetector = detector(ctx.getCurrentKey());
        Long evaluated = lastEvaluated.value();
        long now = evaluated != null ? evaluated : due.isEmpty() ? time : Math.min(time, timeOf(due.get(0)));
        int next = 0;
        while (true) {
            long midnight = evaluated == null ? now : nextMidnight(evaluated);
            long event = next < due.size() ? timeOf(due.get(next)) : Long.MAX_VALUE;
            now = Math.min(midnight, event);
            if (now > reached) {
                break;
            }
            if (now == event) {
                // The events of one instant are applied together, then judged once.
                int end = next;
                while (end < due.size() && timeOf(due.get(end)) == now) {
                    end++;
                }
                List<FeedRecord> sameInstant = due.subList(next, end);
                next = end;
                projectDetector.apply(sameInstant);
                if (now == midnight
                        || projectDetector.mayChangeAlerts(sameInstant, Instant.ofEpochMilli(now), thresholds)) {
                    evaluate(projectDetector, now, out);
                }
            } else {
                evaluate(projectDetector, now, out);
            }
            if (explain && now == midnight) {
                for (ExplainRow row : projectDetector.explain(Instant.ofEpochMilli(now), thresholds)) {
                    ctx.output(EXPLAINED, row);
                }
            }
            evaluated = now;
        }
        detector.update(projectDetector);
        lastEvaluated.update(evaluated);
        pending.update(waiting);
        long wakeUp = Math.min(nextPending, nextMidnight(evaluated));
        if (wakeUp <= asOf) {
            schedule(wakeUp, ctx);
        } else {
            nextTimer.clear();
        }
    }

    private void evaluate(ProjectDetector projectDetector, long time, Collector<Alert> out) {
        for (Alert alert : projectDetector.evaluate(Instant.ofEpochMilli(time), thresholds, engine)) {
            out.collect(alert);
        }
    }

    private void schedule(long time, Context ctx) throws Exception {
        Long previous = nextTimer.value();
        if (previous != null && previous != time) {
            ctx.timerService().deleteEventTimeTimer(previous);
        }
        ctx.timerService().registerEventTimeTimer(time);
        nextTimer.update(time);
    }

    private static long timeOf(FeedRecord record) {
        return record.event().eventTime().toEpochMilli();
    }

    /** The first local midnight after {@code time}; every deadline is one. */
    private static long nextMidnight(long time) {
        return Calendar.nextMidnight(Instant.ofEpochMilli(time)).toEpochMilli();
    }

    /** The project's detector, with its punches in their own keyed state. */
    private ProjectDetector detector(String projectId) throws Exception {
        ProjectDetector current = detector.value();
        if (current == null) {
            current = new ProjectDetector(projectId);
        }
        current.state().keepPunchesIn(punches);
        return current;
    }
}
