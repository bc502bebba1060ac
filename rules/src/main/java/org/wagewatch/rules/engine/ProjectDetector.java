package org.wagewatch.rules.engine;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.wagewatch.connectors.feed.Attendance;
import org.wagewatch.connectors.feed.Direction;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.connectors.feed.Project;
import org.wagewatch.rules.alert.Alert;
import org.wagewatch.rules.alert.AlertBook;
import org.wagewatch.rules.alert.Rule;
import org.wagewatch.rules.config.RuleThresholds;
import org.wagewatch.rules.explain.ExplainRow;
import org.wagewatch.rules.explain.ProjectDayRow;
import org.wagewatch.rules.explain.WorkerMonthRow;
import org.wagewatch.rules.facts.WorkerMonth;
import org.wagewatch.rules.state.Calendar;
import org.wagewatch.rules.state.ProjectState;
import org.wagewatch.rules.state.ProjectState.Input;

/**
 * One project's detection, free of Flink: apply its events in time order, evaluate the rules at an
 * instant, get the alert states that changed. The Flink operator keeps one per project in keyed state.
 *
 * <p>Each {@link FactGroup} is judged by Drools only when its inputs changed since its last
 * judgement; otherwise that judgement's findings stand. Most instants change one group or none.
 */
public final class ProjectDetector implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String COMPLETION = "completion";

    private final ProjectState state = new ProjectState();
    private final AlertBook alerts;
    /** Each group's last judgement, by scope, and the thresholds and rules they were judged with. */
    private final Map<String, Judgement> judged = new HashMap<>();
    private final ExpectedTotals expectedTotals = new ExpectedTotals();
    /** R12's judgement of each month with SUCCESS payments. */
    private final Map<YearMonth, MonthPayments> paymentMonths = new HashMap<>();
    private RuleThresholds judgedWith;
    private String judgedBy;
    /** The R01 findings of the last evaluation, and how often they changed: R11's input. */
    private List<Finding> unpaid = List.of();
    private long unpaidChanges;
    /** How many groups Drools has judged so far: while it stays, the findings stay too. */
    private long judgements;
    /** Days whose head count changed after they had been judged: judged again at the next evaluation. */
    private final Set<LocalDate> lateDays = new TreeSet<>();
    /** For each month written to worker_month, the inputs it was written from. */
    private final Map<YearMonth, long[]> explained = new HashMap<>();

    /** What Drools found in a group, and the inputs it judged. */
    private record Judgement(long[] inputs, List<Finding> findings) implements Serializable {}

    public ProjectDetector(String projectId) {
        this.alerts = new AlertBook(projectId);
    }

    /** Applies the records of one instant; the state settles ties, whatever their order. */
    public void apply(List<FeedRecord> sameInstant) {
        sameInstant.forEach(state::apply);
    }

    /**
     * Whether evaluating at {@code now}, right after these records of that instant were applied,
     * could change any alert; if not, the evaluation can be skipped: it would give what the last
     * one gave. Only routine gate punches qualify: an OUT punch, or an IN punch of today whose month
     * no wage rule looks at yet, of a worker not paid for that month, while no R08 alert is open.
     * The day's head count only matters once the day has ended, at the next midnight's evaluation.
     */
    public boolean mayChangeAlerts(List<FeedRecord> sameInstant, Instant now, RuleThresholds thresholds) {
        // Called at nearly every punch: the cheapest checks come first.
        LocalDate today = null;
        for (FeedRecord record : sameInstant) {
            if (!(record.event() instanceof Attendance punch)) {
                return true;
            }
            if (punch.direction() == Direction.OUT) {
                continue;
            }
            today = today == null ? Calendar.day(now) : today;
            LocalDate day = Calendar.day(punch.time());
            if (!day.equals(today) || alerts.hasOpen(Rule.R08)) {
                return true;
            }
            YearMonth month = YearMonth.from(day);
            Project project = state.projectAt(now);
            if (project != null && !now.isBefore(FactBuilder.balanceWarning(month, project, thresholds))
                    || state.paidByWorker(month).containsKey(punch.workerId())) {
                return true;
            }
        }
        return false;
    }

    /** Applies one record that came too late to meet the others of its instant. */
    public void applyLate(FeedRecord record) {
        long attendance = state.changes(Input.ATTENDANCE);
        state.apply(record);
        if (record.event() instanceof Attendance punch && state.changes(Input.ATTENDANCE) != attendance) {
            lateDays.add(Calendar.day(punch.time()));
        }
    }

    /**
     * Evaluates every rule as of {@code now}, after all events up to it were applied. At the first
     * midnight of a month, detail older than the retention is dropped first.
     */
    public List<Alert> evaluate(Instant now, RuleThresholds thresholds, RuleEngine engine) {
        if (Calendar.midnight(Calendar.month(now).atDay(1)).equals(now)) {
            forgetOldMonths(Calendar.month(now), thresholds);
        }
        if (!thresholds.equals(judgedWith) || !engine.rulesVersion().equals(judgedBy)) {
            forgetJudgements();
            judgedWith = thresholds;
            judgedBy = engine.rulesVersion();
        }
        expectedTotals.retain(state.wageMonths());
        FactBuilder builder = new FactBuilder(thresholds, expectedTotals);
        long judgedBefore = judgements;
        List<Finding> findings = new ArrayList<>();
        Set<String> scopes = new HashSet<>();
        for (FactGroup group : builder.groups(state, now, lateDays)) {
            scopes.add(group.scope());
            findings.addAll(judge(group, thresholds, engine));
        }
        lateDays.clear();
        scopes.add(COMPLETION);
        boolean groupsGone = judged.keySet().retainAll(scopes);
        Set<YearMonth> paidMonths = state.paidMonths();
        groupsGone |= paymentMonths.keySet().retainAll(paidMonths);
        for (YearMonth month : paidMonths) {
            MonthPayments payments = paymentMonths.computeIfAbsent(month, MonthPayments::new);
            if (payments.judge(state, now, thresholds, engine)) {
                judgements++;
            }
            findings.addAll(payments.findings());
        }
        List<Finding> nowUnpaid = findings.stream().filter(f -> f.rule() == Rule.R01).toList();
        if (!nowUnpaid.equals(unpaid)) {
            unpaid = nowUnpaid;
            unpaidChanges++;
        }
        findings.addAll(judge(builder.completion(state, now, unpaid, unpaidChanges), thresholds, engine));
        if (judgements == judgedBefore && !groupsGone) {
            // Every finding is the last evaluation's, which the alerts already show.
            return List.of();
        }
        Project project = state.projectAt(now);
        return alerts.apply(findings, now, project == null ? "" : project.name(),
                project == null ? "" : project.districtCode());
    }

    private List<Finding> judge(FactGroup group, RuleThresholds thresholds, RuleEngine engine) {
        Judgement last = judged.get(group.scope());
        if (last != null && Arrays.equals(last.inputs(), group.inputs())) {
            return last.findings();
        }
        Judgement next = new Judgement(group.inputs(), engine.evaluate(group.facts().get(), thresholds));
        judgements++;
        judged.put(group.scope(), next);
        return next.findings();
    }

    /**
     * The analysts' rows at {@code now}, a local midnight: the worker-months of each month the wage
     * rules look at whose inputs changed since last written, and the day that just ended.
     */
    public List<ExplainRow> explain(Instant now, RuleThresholds thresholds) {
        List<ExplainRow> rows = new ArrayList<>();
        String projectId = alerts.projectId();
        Project project = state.projectAt(now);
        FactBuilder builder = new FactBuilder(thresholds);
        Set<YearMonth> months = state.wageMonths();
        explained.keySet().retainAll(months);
        for (YearMonth month : months) {
            long[] inputs = {state.monthChanges(month), state.changes(Input.REGISTRY)};
            if (project == null || now.isBefore(FactBuilder.balanceWarning(month, project, thresholds))
                    || Arrays.equals(inputs, explained.get(month))) {
                continue;
            }
            explained.put(month, inputs);
            for (WorkerMonth w : builder.workerMonths(state, month, now)) {
                rows.add(new WorkerMonthRow(projectId, w.workerId(), w.month(), w.days(), w.expected(), w.paid(),
                        w.expected().subtract(w.paid()), w.registered(), now));
            }
        }
        LocalDate yesterday = Calendar.day(now).minusDays(1);
        Set<String> present = state.presentOn(yesterday);
        if (!present.isEmpty()) {
            int unregistered = (int) present.stream()
                    .filter(workerId -> state.registeredSince(workerId) == null
                            || state.registeredSince(workerId).isAfter(now))
                    .count();
            rows.add(new ProjectDayRow(projectId, yesterday, present.size(), unregistered));
        }
        return rows;
    }

    private void forgetOldMonths(YearMonth current, RuleThresholds thresholds) {
        YearMonth horizon = current.minusMonths(thresholds.retentionMonths() + 1L);
        YearMonth stillOpen = alerts.earliestResolvableOpenMonth();
        if (stillOpen != null && stillOpen.isBefore(horizon)) {
            horizon = stillOpen;
        }
        state.forgetBefore(horizon);
    }

    /**
     * Drops every judgement and total kept, so the next evaluation builds and judges every group
     * afresh (for tests).
     */
    void forgetJudgements() {
        judged.clear();
        expectedTotals.clear();
        paymentMonths.clear();
    }

    public Collection<Alert> alerts() {
        return alerts.alerts();
    }

    public ProjectState state() {
        return state;
    }
}
