package org.wagewatch.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wagewatch.rules.alert.AlertLevel.ORANGE;
import static org.wagewatch.rules.alert.AlertLevel.RED;
import static org.wagewatch.rules.alert.AlertLevel.YELLOW;
import static org.wagewatch.rules.engine.AlertState.NONE;
import static org.wagewatch.rules.engine.AlertState.open;
import static org.wagewatch.rules.engine.AlertState.resolved;
import static org.wagewatch.rules.engine.Events.aProject;
import static org.wagewatch.rules.engine.Events.at;
import static org.wagewatch.rules.engine.Events.crew;
import static org.wagewatch.rules.engine.Events.daily;
import static org.wagewatch.rules.engine.Events.firstDays;
import static org.wagewatch.rules.engine.Events.in;
import static org.wagewatch.rules.engine.Events.money;
import static org.wagewatch.rules.engine.Events.monthly;
import static org.wagewatch.rules.engine.Events.paid;
import static org.wagewatch.rules.engine.Events.paidTo;
import static org.wagewatch.rules.engine.Events.project;
import static org.wagewatch.rules.engine.Events.punchIn;
import static org.wagewatch.rules.engine.Events.registerDaily;
import static org.wagewatch.rules.engine.Events.txn;
import static org.wagewatch.rules.engine.Events.worker;
import static org.wagewatch.rules.engine.Scenario.defaultsWith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.wagewatch.rules.testing.TestRecords;
import org.wagewatch.connectors.feed.FeedEvent;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.connectors.feed.PaymentStatus;
import org.wagewatch.connectors.feed.ProjectStatus;
import org.wagewatch.connectors.feed.TxnType;
import org.wagewatch.connectors.feed.WageType;
import org.wagewatch.rules.alert.Alert;
import org.wagewatch.rules.alert.AlertLevel;
import org.wagewatch.rules.alert.AlertStatus;
import org.wagewatch.rules.alert.Rule;
import org.wagewatch.rules.config.RuleThresholds;

/** The wage rules R01, R02, R03, R05, R11 and R12 through the whole engine: facts, DRL, lifecycle. */
class WageRulesTest {

    private static final String OCTOBER = "2026-10";
    /** due(P1, 2026-10): the end of pay day 15 of November. */
    private static final String DUE = "2026-11-16T00:00:00";
    private static final String JUST_BEFORE_DUE = "2026-11-15T23:59:59";
    private static final String REGISTERED = "2026-09-01T09:00:00";

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
        List<FeedRecord> records = events.stream().map(TestRecords::of).toList();
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

    // ---- R01 WAGE_UNPAID -----------------------------------------------------------------------

    @ParameterizedTest(name = "{0} workers at {1} a day unpaid: {2} {3}")
    @CsvSource({
            "9, 350, ORANGE, 3150",
            "10, 350, RED, 3500",
            "1, 99999.99, ORANGE, 99999.99",
            "1, 100000, RED, 100000",
            "2, 50000, RED, 100000",
    })
    void shouldMakeR01RedFromTenUnpaidWorkersOrOneHundredThousandOwed(int workers, String rate, AlertLevel level,
            String amount) {
        Scenario oneDay = crewOnOctober5(workers, rate);

        assertThat(oneDay.state(Rule.R01, OCTOBER, DUE)).isEqualTo(open(level, workers, amount));
    }

    @Test
    void shouldMakeR01RedWhenTheNextMonthsPayDayHasPassed() {
        Scenario oneDay = crewOnOctober5(2, "350");

        assertThat(oneDay.states(Rule.R01, OCTOBER, "2026-12-15T23:59:59", "2026-12-16T00:00:00"))
                .containsExactly(open(ORANGE, 2, "700"), open(RED, 2, "700"));
        assertThat(oneDay.alert(Rule.R01, OCTOBER, "2026-12-16T00:00:00").detectedAt()).isEqualTo(at(DUE));
    }

    @ParameterizedTest(name = "paid at {0}: late alert raised {1}")
    @CsvSource({
            "2026-11-15T23:59:59, false",
            "2026-11-16T00:00:00, false",
            "2026-11-16T00:00:01, true",
    })
    void shouldCountAPaymentStampedUpToTheDeadlineItselfAsOnTime(String paidAt, boolean raised) {
        Scenario oneDay = crewOnOctober5(1, "350")
                .add(paid("PAY-W01", "W01", OCTOBER, "350", paidAt, PaymentStatus.SUCCESS));

        assertThat(oneDay.state(Rule.R01, OCTOBER, "2026-11-17T00:00:00"))
                .isEqualTo(raised ? resolved(ORANGE, 1, "350") : NONE);
    }

    @Test
    void shouldLeaveAWorkerPaidAnyAmountToR02() {
        Scenario oneDay = crewOnOctober5(1, "350")
                .add(paid("PAY-W01", "W01", OCTOBER, "0.01", "2026-11-10T10:00:00", PaymentStatus.SUCCESS));

        assertThat(oneDay.state(Rule.R01, OCTOBER, DUE)).isEqualTo(NONE);
        assertThat(oneDay.state(Rule.R02, OCTOBER, DUE)).isEqualTo(open(YELLOW, 1, "349.99"));
    }

    // ---- R02 WAGE_UNDERPAID and R03 BELOW_MINIMUM_WAGE -----------------------------------------

    @ParameterizedTest(name = "{0} workers at {1} paid {2}: {3} {4}")
    @CsvSource({
            "9, 350, 100, YELLOW, 2250",
            "10, 350, 100, ORANGE, 2500",
            "1, 100000, 50000.01, YELLOW, 49999.99",
            "1, 100000, 50000, ORANGE, 50000",
    })
    void shouldMakeR02OrangeFromTenUnderpaidWorkersOrFiftyThousandShort(int workers, String rate, String paidEach,
            AlertLevel level, String shortfall) {
        Scenario oneDay = crewOnOctober5(workers, rate).addAll(payEach(crew("W", workers), paidEach));

        assertThat(oneDay.state(Rule.R02, OCTOBER, DUE)).isEqualTo(open(level, workers, shortfall));
    }

    /** W01 earns 1050 for three days; a first payment, a top-up on Nov 18, the top-up returned on Nov 19. */
    @ParameterizedTest(name = "{0}: paid {1}, then {2} more")
    @CsvSource({
            "R02, 500, 340, 550",   // 840 is 80 % of 1050
            "R03, 300, 44, 43.45",  // the bar is 2490 × 3 / 21.75 = 343.448…
    })
    void shouldResolveWhenATopUpReachesTheBarAndReopenWhenItIsReturned(Rule rule, String firstPaid, String topUp,
            String amount) {
        Scenario threeDays = Scenario.of(aProject().at(REGISTERED), daily("W01", "350", REGISTERED))
                .addAll(punchIn(List.of("W01"), "2026-10-05", "2026-10-06", "2026-10-07"))
                .add(paid("PAY1", "W01", OCTOBER, firstPaid, "2026-11-10T10:00:00", PaymentStatus.SUCCESS),
                        paid("TOP", "W01", OCTOBER, topUp, "2026-11-18T10:00:00", PaymentStatus.SUCCESS),
                        paid("TOP", "W01", OCTOBER, topUp, "2026-11-19T10:00:00", PaymentStatus.RETURNED));

        assertThat(threeDays.states(rule, OCTOBER, JUST_BEFORE_DUE, DUE, "2026-11-18T10:00:00", "2026-11-19T10:00:00"))
                .containsExactly(NONE, open(YELLOW, 1, amount), resolved(YELLOW, 1, amount), open(YELLOW, 1, amount));
    }

    /** A MONTHLY worker at 3000 (so R02's 80 % is met) against the minimum of 2490 × min(1, days / 21.75). */
    @ParameterizedTest(name = "{0} days, paid {1}: amount {2}")
    @CsvSource(value = {
            "1, 114.48, 0.00",   // below 114.4827…, though the bar rounded to cents is 114.48
            "1, 114.49, NONE",
            "21, 2404.13, 0.01", // the bar is 2404.1379…
            "21, 2404.14, NONE",
            "22, 2489.99, 0.01", // 22 days ≥ 21.75: the whole minimum
            "22, 2490.00, NONE",
    }, nullValues = "NONE")
    void shouldFireR03BelowTheProRataMinimumComparedExactly(int days, String paidAmount, String amount) {
        Scenario month = monthlyWorkerPaid(days, paidAmount);

        assertThat(month.state(Rule.R03, OCTOBER, DUE)).isEqualTo(amount == null ? NONE : open(YELLOW, 1, amount));
    }

    /**
     * §5 gives R03's amount as Σ (bar − paid) rounded half-up, the bar being 2490 × days / 21.75
     * unrounded (R03 compares it exactly): rounding each bar to cents first would give 28.96.
     */
    @Test
    void shouldRoundR03AmountOnceOverTheExactShortfalls() {
        Scenario twoWorkers = Scenario.of(aProject().at(REGISTERED),
                        monthly("W1", "3000", REGISTERED), monthly("W2", "3000", REGISTERED))
                .addAll(punchIn(List.of("W1", "W2"), "2026-10-05"))
                .addAll(payEach(List.of("W1", "W2"), "100"));

        // 2 × (114.4827… − 100) = 28.9655…
        assertThat(twoWorkers.state(Rule.R03, OCTOBER, DUE)).isEqualTo(open(YELLOW, 2, "28.97"));
    }

    @ParameterizedTest(name = "minimum wage of district 330106 {0}: amount {1}")
    @CsvSource(value = {"default, NONE", "3000, 400"}, nullValues = "NONE")
    void shouldJudgeR03AgainstTheConfiguredMinimumOfTheProjectsDistrict(String minimum, String amount) {
        Scenario fullMonth = monthlyWorkerPaid(22, "2600");
        if (!minimum.equals("default")) {
            fullMonth.with(defaultsWith("minimumMonthlyWageByDistrict", Map.of("330106", new BigDecimal(minimum))));
        }

        assertThat(fullMonth.state(Rule.R03, OCTOBER, DUE)).isEqualTo(amount == null ? NONE : open(YELLOW, 1, amount));
    }

    // ---- R05 ACCOUNT_BALANCE_LOW ---------------------------------------------------------------

    @Test
    void shouldWarnR05FromFiveDaysBeforeThePayDeadlineUntilTheBalanceSufficesOrTheDeadlinePasses() {
        Scenario owed2100 = twoWorkersThreeDays().add(
                balance("T1", TxnType.LABOR_COST_DEPOSIT, "1000", "2026-11-01T10:00:00", "1000"),
                balance("T2", TxnType.LABOR_COST_DEPOSIT, "1100", "2026-11-12T10:00:00", "2100"),
                balance("T3", TxnType.OTHER_DEBIT, "100", "2026-11-13T10:00:00", "2000"));

        assertThat(owed2100.states(Rule.R05, OCTOBER, "2026-11-10T23:59:59", "2026-11-11T00:00:00",
                "2026-11-12T10:00:00", "2026-11-13T10:00:00", JUST_BEFORE_DUE, DUE))
                .containsExactly(NONE, open(YELLOW, 0, "1100"), resolved(YELLOW, 0, "1100"), open(YELLOW, 0, "100"),
                        open(YELLOW, 0, "100"), resolved(YELLOW, 0, "100"));
    }

    /** A later transaction without a balance leaves the balance known, or unknown, as it was. */
    @ParameterizedTest(name = "balance {0}: amount {1}")
    @CsvSource(value = {"2099.99, 0.01", "2100.00, NONE", "NONE, NONE"}, nullValues = "NONE")
    void shouldFireR05OnlyWhenTheKnownBalanceIsBelowWhatIsStillOwed(String balanceAfter, String amount) {
        Scenario owed2100 = twoWorkersThreeDays().add(
                balance("T1", TxnType.LABOR_COST_DEPOSIT, "500", "2026-11-01T10:00:00", balanceAfter),
                balance("T2", TxnType.REFUND, "10", "2026-11-05T10:00:00", null));

        assertThat(owed2100.state(Rule.R05, OCTOBER, "2026-11-11T00:00:00"))
                .isEqualTo(amount == null ? NONE : open(YELLOW, 0, amount));
    }

    @Test
    void shouldHonourAConfiguredBalanceWarningWindow() {
        Scenario owed2100 = twoWorkersThreeDays()
                .add(balance("T1", TxnType.LABOR_COST_DEPOSIT, "1000", "2026-11-01T10:00:00", "1000"))
                .with(defaultsWith("balanceWarningDays", 7));

        assertThat(owed2100.states(Rule.R05, OCTOBER, "2026-11-08T23:59:59", "2026-11-09T00:00:00"))
                .containsExactly(NONE, open(YELLOW, 0, "1100"));
    }

    // ---- R11 COMPLETED_WITH_ARREARS ------------------------------------------------------------

    @Test
    void shouldRaiseR11WhileACompletedProjectHasAnOpenR01() {
        Scenario completed = twoWorkersThreeDays().add(
                aProject().withStatus(ProjectStatus.COMPLETED).at("2026-11-10T09:00:00"),
                paid("PAY1", "W01", OCTOBER, "1050", "2026-11-17T10:00:00", PaymentStatus.SUCCESS),
                paid("PAY2", "W02", OCTOBER, "1050", "2026-11-17T10:00:00", PaymentStatus.SUCCESS),
                paid("PAY2", "W02", OCTOBER, "1050", "2026-11-18T10:00:00", PaymentStatus.RETURNED));

        assertThat(completed.states(Rule.R11, "-", JUST_BEFORE_DUE, DUE, "2026-11-17T10:00:00", "2026-11-18T10:00:00"))
                .containsExactly(NONE, open(RED, 0, "2100"), resolved(RED, 0, "2100"), open(RED, 0, "1050"));
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"PLANNED", "IN_PROGRESS", "SUSPENDED"})
    void shouldNotRaiseR11ForAProjectThatIsNotCompleted(ProjectStatus status) {
        Scenario unpaid = twoWorkersThreeDays().add(aProject().withStatus(status).at("2026-11-10T09:00:00"));

        assertThat(unpaid.state(Rule.R01, OCTOBER, DUE)).isEqualTo(open(ORANGE, 2, "2100"));
        assertThat(unpaid.alerts(Rule.R11, DUE)).isEmpty();
    }

    @Test
    void shouldSumEveryOpenR01IntoR11() {
        Scenario twoMonths = twoWorkersThreeDays()
                .addAll(punchIn(List.of("W01", "W02"), "2026-09-07"))
                .add(aProject().withStatus(ProjectStatus.COMPLETED).at("2026-11-20T09:00:00"));

        assertThat(twoMonths.state(Rule.R11, "-", "2026-11-20T09:00:00")).isEqualTo(open(RED, 0, "2800"));
        assertThat(twoMonths.alert(Rule.R11, "-", "2026-11-20T09:00:00").evidence())
                .containsEntry("openWageUnpaidPeriods", List.of("2026-09", OCTOBER));
    }

    // ---- R12 SUSPICIOUS_PAYMENT ----------------------------------------------------------------

    /** W1 is paid 350 for October on Oct 20; cards: REGISTERED, OTHER or none. */
    @ParameterizedTest(name = "registered {0} with card {1}, paid to {2}, {3} days in October: suspicious {4}")
    @CsvSource({
            "true, REGISTERED, REGISTERED, 0, true",
            "true, REGISTERED, REGISTERED, 1, false",
            "true, REGISTERED, OTHER, 1, true",
            "true, REGISTERED, NONE, 1, false",
            "true, NONE, OTHER, 1, false",
            "false, NONE, OTHER, 1, false",
            "false, NONE, NONE, 0, true",
    })
    void shouldRaiseR12ForAPaymentWithoutAttendanceOrToAnotherCard(boolean registered, String card, String payee,
            int days, boolean suspicious) {
        Scenario payment = Scenario.of(aProject().at(REGISTERED))
                .add(paidTo("PAY1", "W1", OCTOBER, "350", "2026-10-20T10:00:00", card(payee)));
        if (registered) {
            payment.add(worker("W1", WageType.DAILY, "350", card(card), REGISTERED));
        }
        if (days == 1) {
            payment.add(in("W1", "2026-10-05T07:30:00"));
        }

        assertThat(payment.state(Rule.R12, OCTOBER, "2026-10-20T10:00:00"))
                .isEqualTo(suspicious ? open(ORANGE, 1, "350") : NONE);
    }

    @Test
    void shouldUpdateR12WhileSuspiciousPaymentsAddUpAndKeepItsValuesWhenTheyAreReturned() {
        Scenario noAttendance = Scenario.of(aProject().at(REGISTERED),
                daily("W1", "350", REGISTERED), daily("W2", "350", REGISTERED),
                paid("PAY0", "W1", OCTOBER, "999", "2026-10-19T10:00:00", PaymentStatus.FAILED),
                paid("PAY1", "W1", OCTOBER, "350", "2026-10-20T10:00:00", PaymentStatus.SUCCESS),
                paid("PAY2", "W1", OCTOBER, "200", "2026-10-21T10:00:00", PaymentStatus.SUCCESS),
                paid("PAY3", "W2", OCTOBER, "300", "2026-10-22T10:00:00", PaymentStatus.SUCCESS),
                paid("PAY3", "W2", OCTOBER, "300", "2026-10-23T10:00:00", PaymentStatus.RETURNED),
                paid("PAY1", "W1", OCTOBER, "350", "2026-10-24T10:00:00", PaymentStatus.RETURNED),
                paid("PAY2", "W1", OCTOBER, "200", "2026-10-24T10:00:00", PaymentStatus.RETURNED));

        assertThat(noAttendance.states(Rule.R12, OCTOBER, "2026-10-19T10:00:00", "2026-10-20T10:00:00",
                "2026-10-21T10:00:00", "2026-10-22T10:00:00", "2026-10-23T10:00:00", "2026-10-24T10:00:00"))
                .containsExactly(NONE, open(ORANGE, 1, "350"), open(ORANGE, 1, "550"), open(ORANGE, 2, "850"),
                        open(ORANGE, 1, "550"), open(ORANGE, 1, "550"));
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** Workers W01… at {@code rate} a day, each in on Monday 2026-10-05 only. */
    private static Scenario crewOnOctober5(int size, String rate) {
        List<String> workers = crew("W", size);
        return Scenario.of(aProject().at(REGISTERED))
                .addAll(registerDaily(workers, rate, REGISTERED))
                .addAll(punchIn(workers, "2026-10-05"));
    }

    /** W01 and W02 at 350 a day, in on Oct 5–7: 2100 owed for October. */
    private static Scenario twoWorkersThreeDays() {
        List<String> workers = crew("W", 2);
        return Scenario.of(aProject().at(REGISTERED))
                .addAll(registerDaily(workers, "350", REGISTERED))
                .addAll(punchIn(workers, "2026-10-05", "2026-10-06", "2026-10-07"));
    }

    /** A MONTHLY worker at 3000, in on the first {@code days} days of October and paid {@code amount} on Nov 10. */
    private static Scenario monthlyWorkerPaid(int days, String amount) {
        return Scenario.of(aProject().at(REGISTERED), monthly("W1", "3000", REGISTERED))
                .addAll(punchIn(List.of("W1"), firstDays(OCTOBER, days)))
                .addAll(payEach(List.of("W1"), amount));
    }

    /** One SUCCESS payment for October per worker, on Nov 10. */
    private static List<FeedEvent> payEach(List<String> workers, String amount) {
        return workers.stream().<FeedEvent>map(id ->
                paid("PAY-" + id, id, OCTOBER, amount, "2026-11-10T10:00:00", PaymentStatus.SUCCESS)).toList();
    }

    private static FeedEvent balance(String txnId, TxnType type, String amount, String time, String balanceAfter) {
        return txn(txnId, type, amount, time, balanceAfter, type == TxnType.LABOR_COST_DEPOSIT ? OCTOBER : null);
    }

    private static String card(String name) {
        return switch (name) {
            case "REGISTERED" -> Events.CARD;
            case "OTHER" -> Events.OTHER_CARD;
            default -> null;
        };
    }
}
