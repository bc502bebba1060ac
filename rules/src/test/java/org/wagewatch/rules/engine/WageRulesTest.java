package org.wagewatch.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wagewatch.rules.engine.Events.at;
import static org.wagewatch.rules.engine.Events.daily;
import static org.wagewatch.rules.engine.Events.in;
import static org.wagewatch.rules.engine.Events.money;
import static org.wagewatch.rules.engine.Events.paid;
import static org.wagewatch.rules.engine.Events.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wagewatch.connectors.feed.FeedEvent;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.connectors.feed.PaymentStatus;
import org.wagewatch.rules.alert.Alert;
import org.wagewatch.rules.alert.AlertLevel;
import org.wagewatch.rules.alert.AlertStatus;
import org.wagewatch.rules.alert.Rule;
import org.wagewatch.rules.config.RuleThresholds;

/** The wage rules R01 and R02 through the whole engine: facts, DRL, lifecycle. */
class WageRulesTest {

    /** Two DAILY workers, 350 a day, each in on 3 days of October 2026; wages due by the end of Nov 15. */
    private static List<FeedEvent> octoberCrew() {
        List<FeedEvent> events = new ArrayList<>(List.of(project(15),
                daily("W1", "350", "2026-06-01T10:00:00"), daily("W2", "350", "2026-06-01T10:00:00")));
        for (String day : List.of("2026-10-05", "2026-10-06", "2026-10-07")) {
            events.add(in("W1", day + "T07:30:00"));
            events.add(in("W2", day + "T07:31:00"));
        }
        return events;
    }

    /** The site goes quiet after October 7, so R08 fires too: these tests look at R01 and R02. */
    private static Collection<Alert> wageAlerts(List<FeedEvent> events, java.time.Instant asOf) {
        List<FeedRecord> records = events.stream().map(e -> new FeedRecord(e, new byte[0])).toList();
        return Timeline.run("P1", records, asOf, RuleThresholds.DEFAULTS).stream()
                .filter(a -> a.rule() == Rule.R01 || a.rule() == Rule.R02)
                .toList();
    }

    @Test
    void shouldNotFireR01BeforeTheEndOfThePayDay() {
        Collection<Alert> alerts = wageAlerts(octoberCrew(), at("2026-11-15T23:59:59"));

        assertThat(alerts).noneMatch(a -> a.rule() == Rule.R01);
    }

    @Test
    void shouldFireR01AtTheDeadlineWhenNobodyWasPaid() {
        Collection<Alert> alerts = wageAlerts(octoberCrew(), at("2026-11-16T00:00:00"));

        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.rule()).isEqualTo(Rule.R01);
            assertThat(a.period()).isEqualTo("2026-10");
            assertThat(a.level()).isEqualTo(AlertLevel.ORANGE);
            assertThat(a.status()).isEqualTo(AlertStatus.OPEN);
            assertThat(a.affectedWorkers()).isEqualTo(2);
            assertThat(a.amount()).isEqualTo(money("2100"));
            assertThat(a.detectedAt()).isEqualTo(at("2026-11-16T00:00:00"));
            assertThat(a.alertId()).isEqualTo(org.wagewatch.rules.alert.AlertIds.of(Rule.R01, "P1", "2026-10"));
        });
    }

    @Test
    void shouldResolveR01WhenTheLastWorkerIsPaidLateAndKeepItsValues() {
        List<FeedEvent> events = octoberCrew();
        events.add(paid("PAY1", "W1", "2026-10", "1050", "2026-11-15T16:00:00", PaymentStatus.SUCCESS));
        events.add(paid("PAY2", "W2", "2026-10", "1050", "2026-11-18T10:00:00", PaymentStatus.SUCCESS));

        Collection<Alert> alerts = wageAlerts(events, at("2026-11-20T00:00:00"));

        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(AlertStatus.RESOLVED);
            assertThat(a.affectedWorkers()).isEqualTo(1);
            assertThat(a.amount()).isEqualTo(money("1050"));
            assertThat(a.detectedAt()).isEqualTo(at("2026-11-16T00:00:00"));
            assertThat(a.updatedAt()).isEqualTo(at("2026-11-18T10:00:00"));
        });
    }

    @Test
    void shouldTreatAReturnedPaymentAsUnpaid() {
        List<FeedEvent> events = octoberCrew();
        events.add(paid("PAY1", "W1", "2026-10", "1050", "2026-11-14T16:00:00", PaymentStatus.SUCCESS));
        events.add(paid("PAY2", "W2", "2026-10", "1050", "2026-11-14T16:00:00", PaymentStatus.SUCCESS));
        events.add(paid("PAY2", "W2", "2026-10", "1050", "2026-11-17T09:00:00", PaymentStatus.RETURNED));

        Collection<Alert> alerts = wageAlerts(events, at("2026-11-20T00:00:00"));

        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.rule()).isEqualTo(Rule.R01);
            assertThat(a.status()).isEqualTo(AlertStatus.OPEN);
            assertThat(a.affectedWorkers()).isEqualTo(1);
            assertThat(a.detectedAt()).isEqualTo(at("2026-11-17T09:00:00"));
        });
    }

    @Test
    void shouldFireR02BelowEightyPercentButNotAtIt() {
        List<FeedEvent> events = octoberCrew();
        events.add(paid("PAY1", "W1", "2026-10", "839.99", "2026-11-14T16:00:00", PaymentStatus.SUCCESS));
        events.add(paid("PAY2", "W2", "2026-10", "840.00", "2026-11-14T16:00:00", PaymentStatus.SUCCESS));

        Collection<Alert> alerts = wageAlerts(events, at("2026-11-20T00:00:00"));

        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.rule()).isEqualTo(Rule.R02);
            assertThat(a.level()).isEqualTo(AlertLevel.YELLOW);
            assertThat(a.affectedWorkers()).isEqualTo(1);
            assertThat(a.amount()).isEqualTo(money("210.01"));
        });
    }
}
