package org.wagewatch.rules.engine;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.connectors.feed.Project;
import org.wagewatch.rules.alert.Alert;
import org.wagewatch.rules.alert.AlertBook;
import org.wagewatch.rules.config.RuleThresholds;
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

    public ProjectDetector(String projectId) {
        this.alerts = new AlertBook(projectId);
    }

    /** Applies the records of one instant, ties between them settled. */
    public void apply(List<FeedRecord> sameInstant) {
        SameInstant.settle(sameInstant).forEach(state::apply);
    }

    /** Applies one record that came too late to meet the others of its instant. */
    public void applyLate(FeedRecord record) {
        state.apply(record.event());
    }

    /** Evaluates every rule as of {@code now}, after all events up to it were applied. */
    public List<Alert> evaluate(Instant now, RuleThresholds thresholds, RuleEngine engine) {
        List<Finding> findings = engine.evaluate(new FactBuilder(thresholds).build(state, now), thresholds);
        Project project = state.projectAt(now);
        return alerts.apply(findings, now, project == null ? "" : project.name(),
                project == null ? "" : project.districtCode());
    }

    public Collection<Alert> alerts() {
        return alerts.alerts();
    }

    public ProjectState state() {
        return state;
    }
}
