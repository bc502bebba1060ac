package org.wagewatch.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wagewatch.rules.engine.Events.at;
import static org.wagewatch.rules.engine.Events.daily;
import static org.wagewatch.rules.engine.Events.in;
import static org.wagewatch.rules.engine.Events.paid;
import static org.wagewatch.rules.engine.Events.project;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wagewatch.rules.testing.TestRecords;
import org.wagewatch.connectors.feed.FeedEvent;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.connectors.feed.PaymentStatus;
import org.wagewatch.connectors.feed.ProjectStatus;
import org.wagewatch.rules.alert.Alert;
import org.wagewatch.rules.alert.AlertStatus;
import org.wagewatch.rules.alert.Rule;
import org.wagewatch.rules.config.RuleThresholds;

/** The alert lifecycle of DOMAIN.md §5 through the whole engine: open, quiet, resolve, reopen. */
class LifecycleTest {

    private final ProjectDetector detector = new ProjectDetector("P1");
    private final RuleEngine engine = RuleEngine.get();

    @Test
    void shouldOpenResolveAndReopenOneAlertKeepingItsIdAndDetectedAt() {
        apply(project(ProjectStatus.IN_PROGRESS, 15, "0", "0", "0", "2026-09-01T09:00:00"),
                daily("W1", "350", "2026-09-01T10:00:00"), in("W1", "2026-10-05T07:30:00"),
                in("W1", "2026-10-30T07:30:00"));

        Alert opened = only(Rule.R01, evaluate("2026-11-16T00:00:00"));
        assertThat(evaluate("2026-11-16T08:00:00")).as("nothing changed, nothing emitted").isEmpty();

        apply(paid("PAY1", "W1", "2026-10", "700", "2026-11-17T09:00:00", PaymentStatus.SUCCESS));
        Alert resolved = only(Rule.R01, evaluate("2026-11-17T09:00:00"));

        apply(paid("PAY1", "W1", "2026-10", "700", "2026-11-18T09:00:00", PaymentStatus.RETURNED));
        Alert reopened = only(Rule.R01, evaluate("2026-11-18T09:00:00"));

        assertThat(opened.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(resolved.amount()).isEqualTo(opened.amount());
        assertThat(reopened.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(List.of(opened.alertId(), resolved.alertId(), reopened.alertId())).containsOnly(opened.alertId());
        assertThat(reopened.detectedAt()).isEqualTo(at("2026-11-16T00:00:00"));
        assertThat(reopened.updatedAt()).isEqualTo(at("2026-11-18T09:00:00"));
        assertThat(List.of(opened.version(), resolved.version(), reopened.version())).containsExactly(1L, 2L, 3L);
    }

    @Test
    void shouldKeepAFactRecordingAlertOpenWhenItsConditionStops() {
        apply(project(ProjectStatus.IN_PROGRESS, 15, "0", "0", "0", "2026-09-01T09:00:00"),
                daily("W1", "350", "2026-09-01T10:00:00"),
                paid("PAY1", "W1", "2026-10", "350", "2026-10-03T09:00:00", PaymentStatus.SUCCESS));
        Alert suspicious = only(Rule.R12, evaluate("2026-10-03T09:00:00"));

        apply(in("W1", "2026-10-05T07:30:00"));
        List<Alert> afterAttendance = evaluate("2026-10-05T07:30:00");

        assertThat(suspicious.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(afterAttendance).noneMatch(a -> a.rule() == Rule.R12);
        assertThat(detector.alerts()).filteredOn(a -> a.rule() == Rule.R12).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(AlertStatus.OPEN));
    }

    private void apply(FeedEvent... events) {
        for (FeedEvent event : events) {
            detector.apply(List.of(TestRecords.of(event)));
        }
    }

    private List<Alert> evaluate(String localDateTime) {
        return detector.evaluate(at(localDateTime), RuleThresholds.DEFAULTS, engine);
    }

    private static Alert only(Rule rule, List<Alert> changed) {
        List<Alert> ofRule = changed.stream().filter(a -> a.rule() == rule).toList();
        assertThat(ofRule).as("states of %s in %s", rule, changed).hasSize(1);
        return ofRule.get(0);
    }
}
