package org.wagewatch.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wagewatch.rules.engine.Events.at;
import static org.wagewatch.rules.engine.Events.daily;
import static org.wagewatch.rules.engine.Events.in;
import static org.wagewatch.rules.engine.Events.paid;
import static org.wagewatch.rules.engine.Events.project;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wagewatch.rules.testing.TestRecords;
import org.wagewatch.connectors.feed.FeedEvent;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.connectors.feed.PaymentStatus;
import org.wagewatch.connectors.feed.ProjectStatus;
import org.wagewatch.rules.config.RuleThresholds;
import org.wagewatch.rules.state.Calendar;

/** State stays bounded: a month's detail goes after the retention, but not while it can still change an alert. */
class RetentionTest {

    private static final FeedEvent REGISTERED =
            project(ProjectStatus.IN_PROGRESS, 15, "0", "0", "0", "2025-12-01T09:00:00");

    private final ProjectDetector detector = new ProjectDetector("P1");
    private final RuleEngine engine = RuleEngine.get();

    @Test
    void shouldForgetAPaidMonthAfterTheRetention() {
        // Paid on time, and the project completed: no alert of January can change any more.
        apply(REGISTERED, daily("W1", "300", "2026-01-01T09:00:00"), in("W1", "2026-01-05T07:00:00"),
                paid("PAY1", "W1", "2026-01", "300", "2026-02-10T10:00:00", PaymentStatus.SUCCESS),
                project(ProjectStatus.COMPLETED, 15, "0", "0", "0", "2026-03-01T09:00:00"));

        evaluateAtMidnightsUntil("2026-08-01T00:00:00");
        assertThat(detector.state().attendanceDaysByWorker(YearMonth.of(2026, 1))).as("6 months after January").isNotEmpty();

        evaluateAtMidnightsUntil("2026-09-01T00:00:00");
        assertThat(detector.state().attendanceDaysByWorker(YearMonth.of(2026, 1))).isEmpty();
        assertThat(detector.state().paidByWorker(YearMonth.of(2026, 1))).isEmpty();
        assertThat(detector.state().payments()).isEmpty();
    }

    @Test
    void shouldKeepAMonthWhileItsWagesAreUnpaidSoALatePaymentStillResolvesIt() {
        apply(REGISTERED, daily("W1", "300", "2026-01-01T09:00:00"), in("W1", "2026-01-05T07:00:00"));
        evaluateAtMidnightsUntil("2026-12-01T00:00:00");
        assertThat(detector.state().attendanceDaysByWorker(YearMonth.of(2026, 1))).containsEntry("W1", 1);

        apply(paid("PAY1", "W1", "2026-01", "300", "2026-12-01T10:00:00", PaymentStatus.SUCCESS));
        List<org.wagewatch.rules.alert.Alert> changed =
                detector.evaluate(at("2026-12-01T10:00:00"), RuleThresholds.DEFAULTS, engine);

        assertThat(changed).anySatisfy(a -> {
            assertThat(a.period()).isEqualTo("2026-01");
            assertThat(a.status()).isEqualTo(org.wagewatch.rules.alert.AlertStatus.RESOLVED);
        });
    }

    private void apply(FeedEvent... events) {
        for (FeedEvent event : events) {
            detector.apply(List.of(TestRecords.of(event)));
        }
    }

    private void evaluateAtMidnightsUntil(String localDateTime) {
        Instant until = at(localDateTime);
        for (Instant now = at("2026-01-06T00:00:00"); !now.isAfter(until); now = Calendar.nextMidnight(now)) {
            detector.evaluate(now, RuleThresholds.DEFAULTS, engine);
        }
    }
}
