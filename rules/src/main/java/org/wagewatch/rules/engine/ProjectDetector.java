package org.wagewatch.rules.engine;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wagewatch.connectors.feed.Attendance;
import org.wagewatch.connectors.feed.Direction;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.connectors.feed.Project;
import org.wagewatch.rules.alert.Alert;
import org.wagewatch.rules.alert.AlertBook;
import org.wagewatch.rules.alert.AlertStatus;
import org.wagewatch.rules.alert.Rule;
import org.wagewatch.rules.config.RuleThresholds;
import org.wagewatch.rules.explain.ExplainRow;
import org.wagewatch.rules.explain.ProjectDayRow;
import org.wagewatch.rules.explain.WorkerMonthRow;
import org.wagewatch.rules.facts.Facts;
import org.wagewatch.rules.facts.WorkerMonth;
import org.wagewatch.rules.state.Calendar;
import org.wagewatch.rules.state.ProjectState;
import org.wagewatch.rules.state.SameInstant;

/**
 * One project's detection, free of Flink: apply its events in time order, evaluate the rules at an
 * instant, get the alert states that changed. The Flink operator keeps one per project in keyed state.
 */
public final class ProjectDetector implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ProjectState state = new ProjectState();
    private final AlertBook alerts;
    /** What was last written to worker_month, so that only changes are written again. */
    private final Map<String, WorkerMonth> explained = new HashMap<>();

    public ProjectDetector(String projectId) {
        this.alerts = new AlertBook(projectId);
    }

    /** Applies the records of one instant, ties between them settled. */
    public void apply(List<FeedRecord> sameInstant) {
        SameInstant.settle(sameInstant).forEach(state::apply);
    }

    /**
     * Whether evaluating at {@code now}, right after these records of that instant were applied,
     * could change any alert; if not, the evaluation can be skipped: it would give what the last
     * one gave. Only routine gate punches qualify: an OUT punch, or an IN punch of today whose month
     * no wage rule looks at yet, of a worker not paid for that month, while no R08 alert is open.
     * The day's head count only matters once the day has ended, at the next midnight's evaluation.
     */
    public boolean mayChangeAlerts(List<FeedRecord> sameInstant, Instant now, RuleThresholds thresholds) {
        Project project = state.projectAt(now);
        boolean silenceOpen = alerts.alerts().stream()
                .anyMatch(a -> a.rule() == Rule.R08 && a.status() == AlertStatus.OPEN);
        for (FeedRecord record : sameInstant) {
            if (!(record.event() instanceof Attendance punch)) {
                return true;
            }
            if (punch.direction() == Direction.OUT) {
                continue;
            }
            YearMonth month = Calendar.month(punch.time());
            boolean wageRulesLook = project != null && !now.isBefore(Calendar.deadline(month, project.payDay())
                    .minus(Duration.ofDays(thresholds.balanceWarningDays())));
            if (silenceOpen || wageRulesLook || !Calendar.day(punch.time()).equals(Calendar.day(now))
                    || state.paidByWorker(month).containsKey(punch.workerId())) {
                return true;
            }
        }
        return false;
    }

    /** Applies one record that came too late to meet the others of its instant. */
    public void applyLate(FeedRecord record) {
        state.apply(record.event());
    }

    /**
     * Evaluates every rule as of {@code now}, after all events up to it were applied. At the first
     * midnight of a month, detail older than the retention is dropped first.
     */
    public List<Alert> evaluate(Instant now, RuleThresholds thresholds, RuleEngine engine) {
        if (Calendar.midnight(Calendar.month(now).atDay(1)).equals(now)) {
            forgetOldMonths(Calendar.month(now), thresholds);
        }
        List<Finding> findings = engine.evaluate(new FactBuilder(thresholds).build(state, now), thresholds);
        Project project = state.projectAt(now);
        return alerts.apply(findings, now, project == null ? "" : project.name(),
                project == null ? "" : project.districtCode());
    }

    /**
     * The analysts' rows at {@code now}, a local midnight: the worker-months the wage rules look at
     * that changed since last written, and the day that just ended.
     */
    public List<ExplainRow> explain(Instant now, RuleThresholds thresholds) {
        List<ExplainRow> rows = new ArrayList<>();
        String projectId = alerts.projectId();
        for (Facts fact : new FactBuilder(thresholds).build(state, now)) {
            if (fact instanceof WorkerMonth w) {
                String key = w.month() + "|" + w.workerId();
                if (!w.equals(explained.put(key, w))) {
                    rows.add(new WorkerMonthRow(projectId, w.workerId(), w.month(), w.days(), w.expected(), w.paid(),
                            w.expected().subtract(w.paid()), w.registered(), now));
                }
            }
        }
        explained.keySet().removeIf(key -> state.retainedFrom() != null
                && YearMonth.parse(key.substring(0, 7)).isBefore(state.retainedFrom()));
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

    public Collection<Alert> alerts() {
        return alerts.alerts();
    }

    public ProjectState state() {
        return state;
    }
}
