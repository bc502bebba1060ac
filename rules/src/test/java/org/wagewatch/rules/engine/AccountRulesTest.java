package org.wagewatch.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wagewatch.rules.alert.AlertLevel.ORANGE;
import static org.wagewatch.rules.alert.AlertLevel.RED;
import static org.wagewatch.rules.alert.AlertLevel.YELLOW;
import static org.wagewatch.rules.engine.AlertState.NONE;
import static org.wagewatch.rules.engine.AlertState.open;
import static org.wagewatch.rules.engine.AlertState.resolved;
import static org.wagewatch.rules.engine.Events.P;
import static org.wagewatch.rules.engine.Events.aProject;
import static org.wagewatch.rules.engine.Events.at;
import static org.wagewatch.rules.engine.Events.debit;
import static org.wagewatch.rules.engine.Events.record;
import static org.wagewatch.rules.engine.Events.txn;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.wagewatch.connectors.feed.FeedEvent;
import org.wagewatch.connectors.feed.ProjectStatus;
import org.wagewatch.connectors.feed.TxnType;
import org.wagewatch.rules.alert.Alert;
import org.wagewatch.rules.alert.Rule;
import org.wagewatch.rules.config.RuleThresholds;
import org.wagewatch.rules.engine.Events.ProjectSpec;
import org.wagewatch.rules.state.Calendar;

/** The wage account rules R04, R06 and R10 through the whole engine: facts, DRL, lifecycle. */
class AccountRulesTest {

    private static final String SEPTEMBER = "2026-09";
    private static final String OCTOBER = "2026-10";
    /** laborDue(P1, 2026-10): the end of Nov 10, before the pay day 15 it must not follow. */
    private static final String LABOR_DUE = "2026-11-11T00:00:00";
    /** 50000 a month into the wage account, due by the 10th of the month after. */
    private static final ProjectSpec LABOR = aProject().withLaborCost("50000", 10);

    // ---- R04 LABOR_COST_NOT_DEPOSITED ----------------------------------------------------------

    @Test
    void shouldRaiseR04AtTheLaborCostDueDayAndResolveAndReopenWithTheDeposits() {
        // Registered in October: September is not judged.
        Scenario october = Scenario.of(LABOR.at("2026-10-01T09:00:00"),
                deposit("D1", "20000", "2026-10-20T10:00:00", OCTOBER),
                deposit("D2", "30000", "2026-11-12T10:00:00", OCTOBER),
                LABOR.withLaborCost("60000", 10).at("2026-11-13T10:00:00"));

        assertThat(october.states(Rule.R04, OCTOBER, "2026-11-10T23:59:59", LABOR_DUE, "2026-11-12T10:00:00",
                "2026-11-13T10:00:00"))
                .containsExactly(NONE, open(ORANGE, 0, "30000"), resolved(ORANGE, 0, "30000"),
                        open(ORANGE, 0, "10000"));
    }

    @ParameterizedTest(name = "deposited {0}: amount {1}")
    @CsvSource(value = {"49999.99, 0.01", "50000, NONE", "50000.01, NONE"}, nullValues = "NONE")
    void shouldFireR04OnlyWhileTheDepositsForTheMonthAreBelowTheLaborCost(String deposited, String amount) {
        Scenario october = Scenario.of(LABOR.at("2026-10-01T09:00:00"),
                deposit("D1", deposited, "2026-10-20T10:00:00", OCTOBER));

        assertThat(october.state(Rule.R04, OCTOBER, LABOR_DUE))
                .isEqualTo(amount == null ? NONE : open(ORANGE, 0, amount));
    }

    @Test
    void shouldMakeR04RedWhileTheMonthBeforeIsMissingTooAndOrangeAgainOnceItIsDeposited() {
        Scenario twoMonths = Scenario.of(LABOR.at("2026-09-01T09:00:00"),
                deposit("D9", "50000", "2026-11-12T10:00:00", SEPTEMBER));

        assertThat(twoMonths.states(Rule.R04, OCTOBER, LABOR_DUE, "2026-11-12T10:00:00"))
                .containsExactly(open(RED, 0, "50000"), open(ORANGE, 0, "50000"));
        assertThat(twoMonths.states(Rule.R04, SEPTEMBER, "2026-10-10T23:59:59", "2026-10-11T00:00:00",
                "2026-11-12T10:00:00"))
                .containsExactly(NONE, open(ORANGE, 0, "50000"), resolved(ORANGE, 0, "50000"));
        assertThat(twoMonths.alert(Rule.R04, OCTOBER, LABOR_DUE).evidence())
                .containsEntry("previousMonthMissing", true);
    }

    /** September's labor cost is in; the registry goes from one status to another during October or around it. */
    @ParameterizedTest(name = "{0} then {1} at {2}: October judged {3}")
    @CsvSource({
            "PLANNED, PLANNED, 2026-10-15T09:00:00, false",
            "PLANNED, IN_PROGRESS, 2026-10-31T23:59:59, true",
            "PLANNED, IN_PROGRESS, 2026-11-01T00:00:00, false",
            "IN_PROGRESS, SUSPENDED, 2026-10-01T00:00:00, false",
            "IN_PROGRESS, SUSPENDED, 2026-10-01T00:00:01, true",
    })
    void shouldJudgeR04ForAMonthWithAnyInstantInProgress(ProjectStatus first, ProjectStatus then, String changedAt,
            boolean judged) {
        Scenario october = Scenario.of(LABOR.withStatus(first).at("2026-09-01T09:00:00"),
                deposit("D9", "50000", "2026-09-05T10:00:00", SEPTEMBER),
                LABOR.withStatus(then).at(changedAt));

        assertThat(october.state(Rule.R04, OCTOBER, LABOR_DUE)).isEqualTo(judged ? open(ORANGE, 0, "50000") : NONE);
    }

    // ---- R06 ACCOUNT_MISUSE --------------------------------------------------------------------

    @Test
    void shouldRecordR06ForEachMonthsOtherDebitsAndUpdateItsAmountAsTheyAddUp() {
        Scenario debits = Scenario.of(debit("X1", "500", at("2026-10-20T10:00:00")),
                debit("X2", "300", at("2026-10-25T10:00:00")), debit("X3", "50", at("2026-11-02T10:00:00")));

        assertThat(debits.states(Rule.R06, OCTOBER, "2026-10-20T09:59:59", "2026-10-20T10:00:00",
                "2026-10-25T10:00:00", "2026-11-02T10:00:00"))
                .containsExactly(NONE, open(RED, 0, "500"), open(RED, 0, "800"), open(RED, 0, "800"));
        assertThat(debits.state(Rule.R06, "2026-11", "2026-11-02T10:00:00")).isEqualTo(open(RED, 0, "50"));
        assertThat(debits.alert(Rule.R06, OCTOBER, "2026-10-25T10:00:00")).satisfies(a -> {
            assertThat(a.evidence()).containsEntry("txnIds", List.of("X1", "X2"));
            assertThat(a.projectName()).as("R06 needs no registry record").isEmpty();
            assertThat(a.districtCode()).isEmpty();
        });
    }

    @ParameterizedTest
    @EnumSource(value = TxnType.class, names = {"LABOR_COST_DEPOSIT", "WAGE_PAYOUT", "REFUND"})
    void shouldNotRaiseR06ForTheAccountsProperTransactions(TxnType type) {
        Scenario proper = Scenario.of(LABOR.at("2026-10-01T09:00:00"),
                txn("T1", type, "500", "2026-10-20T10:00:00", "1000", OCTOBER));

        assertThat(proper.alerts(Rule.R06, "2026-10-21T00:00:00")).isEmpty();
    }

    @ParameterizedTest(name = "debit at {0}: period {1}")
    @CsvSource({"2026-10-31T15:59:59Z, 2026-10", "2026-10-31T16:00:00Z, 2026-11"})
    void shouldFileR06UnderTheLocalMonthOfTheDebit(String utc, String period) {
        Scenario debit = Scenario.of(debit("X1", "500", Instant.parse(utc)));

        assertThat(debit.alerts(Rule.R06, "2026-11-02T00:00:00")).extracting(Alert::period).containsExactly(period);
    }

    @Test
    void shouldKeepR06OpenWithItsAmountWhenItsDebitIsNoLongerKept() {
        ProjectDetector detector = new ProjectDetector(P);
        RuleEngine engine = RuleEngine.get();
        Instant debitedAt = at("2026-10-20T10:00:00");
        detector.apply(List.of(record(debit("X1", "500", debitedAt))));
        detector.evaluate(debitedAt, RuleThresholds.DEFAULTS, engine);

        for (Instant now = Calendar.nextMidnight(debitedAt); !now.isAfter(at("2027-06-01T00:00:00"));
                now = Calendar.nextMidnight(now)) {
            detector.evaluate(now, RuleThresholds.DEFAULTS, engine);
        }

        assertThat(detector.state().txns()).as("October is past the retention").isEmpty();
        assertThat(detector.alerts()).singleElement().satisfies(a -> {
            assertThat(AlertState.of(a)).isEqualTo(open(RED, 0, "500"));
            assertThat(a.updatedAt()).isEqualTo(debitedAt);
        });
    }

    // ---- R10 DEPOSIT_SHORTFALL -----------------------------------------------------------------

    @ParameterizedTest(name = "{0}, deposit {2} of {1}: amount {3}")
    @CsvSource(value = {
            "IN_PROGRESS, 100000, 60000, 40000",
            "IN_PROGRESS, 100000, 99999.99, 0.01",
            "IN_PROGRESS, 100000, 100000, NONE",
            "IN_PROGRESS, 100000, 100000.01, NONE",
            "PLANNED, 100000, 60000, NONE",
            "SUSPENDED, 100000, 60000, NONE",
            "COMPLETED, 100000, 60000, NONE",
    }, nullValues = "NONE")
    void shouldRaiseR10WhileAProjectInProgressHasLodgedLessThanItsDeposit(ProjectStatus status, String required,
            String lodged, String amount) {
        Scenario registry = Scenario.of(aProject().withStatus(status).withDeposit(required, lodged)
                .at("2026-09-01T09:00:00"));

        assertThat(registry.state(Rule.R10, "-", "2026-09-01T09:00:00"))
                .isEqualTo(amount == null ? NONE : open(YELLOW, 0, amount));
    }

    @Test
    void shouldResolveR10WhenTheDepositIsLodgedOrTheProjectStopsAndReopenWhenMoreIsRequired() {
        ProjectSpec moreRequired = aProject().withDeposit("110000", "100000");
        Scenario registry = Scenario.of(aProject().withDeposit("100000", "60000").at("2026-09-01T09:00:00"),
                aProject().withDeposit("100000", "100000").at("2026-09-10T09:00:00"),
                moreRequired.at("2026-09-20T09:00:00"),
                moreRequired.withStatus(ProjectStatus.SUSPENDED).at("2026-09-25T09:00:00"));

        assertThat(registry.states(Rule.R10, "-", "2026-09-01T08:59:59", "2026-09-01T09:00:00", "2026-09-10T09:00:00",
                "2026-09-20T09:00:00", "2026-09-25T09:00:00"))
                .containsExactly(NONE, open(YELLOW, 0, "40000"), resolved(YELLOW, 0, "40000"), open(YELLOW, 0, "10000"),
                        resolved(YELLOW, 0, "10000"));
    }

    private static FeedEvent deposit(String txnId, String amount, String time, String forPeriod) {
        return txn(txnId, TxnType.LABOR_COST_DEPOSIT, amount, time, null, forPeriod);
    }
}
