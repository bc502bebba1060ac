package org.wagewatch.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wagewatch.rules.alert.AlertLevel.ORANGE;
import static org.wagewatch.rules.alert.AlertLevel.YELLOW;
import static org.wagewatch.rules.engine.AlertState.NONE;
import static org.wagewatch.rules.engine.AlertState.open;
import static org.wagewatch.rules.engine.AlertState.resolved;
import static org.wagewatch.rules.engine.Events.P;
import static org.wagewatch.rules.engine.Events.aProject;
import static org.wagewatch.rules.engine.Events.at;
import static org.wagewatch.rules.engine.Events.complaint;
import static org.wagewatch.rules.engine.Events.crew;
import static org.wagewatch.rules.engine.Events.daily;
import static org.wagewatch.rules.engine.Events.debit;
import static org.wagewatch.rules.engine.Events.firstDays;
import static org.wagewatch.rules.engine.Events.in;
import static org.wagewatch.rules.engine.Events.monthly;
import static org.wagewatch.rules.engine.Events.paid;
import static org.wagewatch.rules.engine.Events.punch;
import static org.wagewatch.rules.engine.Events.punchIn;
import static org.wagewatch.rules.engine.Events.record;
import static org.wagewatch.rules.engine.Events.txn;
import static org.wagewatch.rules.engine.Events.worker;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wagewatch.connectors.feed.Direction;
import org.wagewatch.connectors.feed.FeedEvent;
import org.wagewatch.connectors.feed.PaymentStatus;
import org.wagewatch.connectors.feed.TxnType;
import org.wagewatch.connectors.feed.WageType;
import org.wagewatch.rules.alert.Alert;
import org.wagewatch.rules.alert.Rule;
import org.wagewatch.rules.config.RuleThresholds;

/** What trips a careless implementation: zones, 21.75, statuses, duplicates, arrival order, unregistered workers. */
class TrapsTest {

    private static final String REGISTERED = "2026-09-01T09:00:00";
    private static final String OCTOBER = "2026-10";
    private static final String DUE = "2026-11-16T00:00:00";

    // ---- time zones ----------------------------------------------------------------------------

    @ParameterizedTest(name = "punch at {0}: work month {1}")
    @CsvSource({
            "2026-10-31T15:59:59Z, 2026-10",
            "2026-10-31T16:00:00Z, 2026-11",
            "2026-10-31T23:30:00Z, 2026-11",
    })
    void shouldTakeTheWorkMonthOfAPunchInShanghaiTime(String utc, String month) {
        Scenario onePunch = Scenario.of(aProject().at(REGISTERED), daily("W1", "350", REGISTERED),
                in("W1", Instant.parse(utc)));

        assertThat(onePunch.alerts(Rule.R01, "2026-12-16T00:00:00")).extracting(Alert::period).containsExactly(month);
    }

    @ParameterizedTest(name = "fifth punch at {0}: on Oct 5 {1}")
    @CsvSource({"2026-10-04T23:30:00Z, true", "2026-10-04T15:30:00Z, false"})
    void shouldCountAPunchAt2330UtcOnTheNextLocalDayForR13(String utc, boolean onOctober5) {
        Scenario gate = Scenario.of(in("U05", Instant.parse(utc))).addAll(punchIn(crew("U", 4), "2026-10-05"));

        assertThat(gate.state(Rule.R13, "2026-10-05", "2026-10-07T00:00:00"))
                .isEqualTo(onOctober5 ? open(YELLOW, 5, "0") : NONE);
    }

    // ---- expected(): DAILY and MONTHLY, 21.75, half-up to 0.01 --------------------------------

    @ParameterizedTest(name = "{0} {1} for {2} days: {3}")
    @CsvSource({
            "DAILY, 350, 3, 1050.00",
            "MONTHLY, 7000, 3, 965.52",   // 965.517…
            "MONTHLY, 5000, 3, 689.66",   // 689.655…: half-up, not truncated
            "MONTHLY, 3000, 1, 137.93",   // 137.931…
            "MONTHLY, 5000, 21, 4827.59", // 4827.586…
            "MONTHLY, 5000, 22, 5000.00", // 22 ≥ 21.75 days: the whole month
            "MONTHLY, 2175, 2, 200.00",
    })
    void shouldExpectDailyRateTimesDaysOrMonthlyRateProRataOver2175Days(WageType type, String rate, int days,
            String expected) {
        Scenario month = Scenario.of(aProject().at(REGISTERED), worker("W1", type, rate, Events.CARD, REGISTERED))
                .addAll(punchIn(List.of("W1"), firstDays(OCTOBER, days)));

        assertThat(month.state(Rule.R01, OCTOBER, DUE)).isEqualTo(open(ORANGE, 1, expected));
    }

    @Test
    void shouldSumTheRoundedExpectedOfEachWorker() {
        Scenario twoWorkers = Scenario.of(aProject().at(REGISTERED), monthly("W1", "5000", REGISTERED),
                monthly("W2", "5000", REGISTERED)).addAll(punchIn(List.of("W1", "W2"), firstDays(OCTOBER, 3)));

        // 2 × 689.66, not 1379.31 = 2 × 689.655… rounded once
        assertThat(twoWorkers.state(Rule.R01, OCTOBER, DUE)).isEqualTo(open(ORANGE, 2, "1379.32"));
    }

    @Test
    void shouldValueWagesWithTheWorkersLatestRecordAsOfTheEvaluation() {
        Scenario changedToMonthly = Scenario.of(aProject().at(REGISTERED), daily("W1", "350", REGISTERED),
                        monthly("W1", "7000", "2026-11-20T10:00:00"))
                .addAll(punchIn(List.of("W1"), firstDays(OCTOBER, 3)));

        assertThat(changedToMonthly.states(Rule.R01, OCTOBER, DUE, "2026-11-20T10:00:00"))
                .containsExactly(open(ORANGE, 1, "1050"), open(ORANGE, 1, "965.52"));
    }

    // ---- payment statuses ----------------------------------------------------------------------

    /** Statuses of PAY1 (350 for W1's one day) as "STATUS@local time", in the order they arrive. */
    @ParameterizedTest(name = "{0}: unpaid {1}")
    @CsvSource({
            "SUCCESS@2026-11-10T10:00:00 RETURNED@2026-11-10T10:00:00, true",  // equal paidAt: RETURNED replaces
            "RETURNED@2026-11-10T10:00:00 SUCCESS@2026-11-10T10:00:00, true",
            "FAILED@2026-11-10T10:00:00 SUCCESS@2026-11-10T10:00:00, true",
            "RETURNED@2026-11-12T10:00:00 SUCCESS@2026-11-10T10:00:00, true",  // the later paidAt wins
            "RETURNED@2026-11-10T10:00:00 SUCCESS@2026-11-12T10:00:00, false", // paid again after the return
    })
    void shouldCountAPaymentInItsLatestStatusByPaidAt(String statuses, boolean unpaid) {
        Scenario payment = Scenario.of(aProject().at(REGISTERED), daily("W1", "350", REGISTERED),
                in("W1", "2026-10-05T07:30:00"));
        for (String status : statuses.split(" ")) {
            String[] statusAndTime = status.split("@");
            payment.add(paid("PAY1", "W1", OCTOBER, "350", statusAndTime[1], PaymentStatus.valueOf(statusAndTime[0])));
        }

        assertThat(payment.state(Rule.R01, OCTOBER, DUE)).isEqualTo(unpaid ? open(ORANGE, 1, "350") : NONE);
    }

    @Test
    void shouldResolveR01WhenAPaymentArrivesAfterItsInstantWasJudged() {
        ProjectDetector detector = new ProjectDetector(P);
        RuleEngine engine = RuleEngine.get();
        for (FeedEvent event : List.of(aProject().at(REGISTERED), daily("W1", "350", REGISTERED),
                in("W1", "2026-10-05T07:30:00"))) {
            detector.apply(List.of(record(event)));
        }
        List<Alert> atDeadline = detector.evaluate(at(DUE), RuleThresholds.DEFAULTS, engine);

        // Stamped on the pay day, but the bank's record comes in the morning after the deadline.
        detector.applyLate(record(paid("PAY1", "W1", OCTOBER, "350", "2026-11-15T20:00:00", PaymentStatus.SUCCESS)));
        List<Alert> nextMorning = detector.evaluate(at("2026-11-16T08:00:00"), RuleThresholds.DEFAULTS, engine);

        assertThat(atDeadline).filteredOn(a -> a.rule() == Rule.R01).extracting(AlertState::of)
                .containsExactly(open(ORANGE, 1, "350"));
        assertThat(nextMorning).extracting(AlertState::of).containsExactly(resolved(ORANGE, 1, "350"));
    }

    // ---- duplicates ----------------------------------------------------------------------------

    @Test
    void shouldCountAPunchWithARepeatedEventIdOnceAtItsEarliestTime() {
        Scenario repeated = Scenario.of(aProject().at(REGISTERED), daily("W1", "350", REGISTERED),
                punch("E1", "W1", Direction.IN, at("2026-10-06T07:30:00")),
                punch("E1", "W1", Direction.IN, at("2026-10-05T07:30:00")),
                punch("E1", "W1", Direction.IN, at("2026-10-05T07:30:00")));

        Alert unpaid = repeated.alert(Rule.R01, OCTOBER, DUE);

        assertThat(AlertState.of(unpaid)).isEqualTo(open(ORANGE, 1, "350"));
        assertThat(workerRows(unpaid)).singleElement().satisfies(w -> assertThat(w).containsEntry("days", 1));
    }

    @Test
    void shouldDropALaborCostDepositWithARepeatedTxnId() {
        Scenario repeated = Scenario.of(aProject().withLaborCost("50000", 10).at("2026-10-01T09:00:00"),
                txn("D1", TxnType.LABOR_COST_DEPOSIT, "25000", "2026-10-20T10:00:00", null, OCTOBER),
                txn("D1", TxnType.LABOR_COST_DEPOSIT, "25000", "2026-10-21T10:00:00", null, OCTOBER));

        assertThat(repeated.state(Rule.R04, OCTOBER, "2026-11-11T00:00:00")).isEqualTo(open(ORANGE, 0, "25000"));
    }

    @Test
    void shouldDropAComplaintWithARepeatedComplaintId() {
        Scenario repeated = Scenario.of(complaint("C1", "2026-10-01T10:00:00", 1, "1000"),
                complaint("C1", "2026-10-02T10:00:00", 1, "1000"), complaint("C1", "2026-10-03T10:00:00", 1, "1000"));

        assertThat(repeated.alerts(Rule.R09, "2026-10-04T00:00:00")).isEmpty();
    }

    // ---- arrival order -------------------------------------------------------------------------

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void shouldReachTheSameAlertsWhateverOrderTheRecordsArriveIn(long seed) {
        Scenario inOrder = mixedFeeds();

        Collection<Alert> expected = inOrder.run("2026-11-20T00:00:00");

        assertThat(inOrder.state(Rule.R01, OCTOBER, "2026-11-20T00:00:00")).isEqualTo(open(ORANGE, 2, "2600"));
        assertThat(expected).extracting(a -> a.ruleId() + " " + a.period() + " " + a.status())
                .containsExactlyInAnyOrder("R01 2026-10 OPEN", "R06 2026-10 OPEN", "R09 2026-10 OPEN",
                        "R12 2026-09 OPEN", "R08 2026-09-01 RESOLVED", "R08 2026-10-04 RESOLVED",
                        "R08 2026-10-09 OPEN");
        assertThat(inOrder.shuffled(seed).run("2026-11-20T00:00:00")).containsExactlyElementsOf(expected);
    }

    // ---- unregistered workers ------------------------------------------------------------------

    @Test
    void shouldListAnUnregisteredWorkerInR01WithNothingExpectedUntilRegistered() {
        Scenario mixed = Scenario.of(aProject().at(REGISTERED), daily("W1", "350", REGISTERED),
                        daily("U1", "400", "2026-11-20T10:00:00"))
                .addAll(punchIn(List.of("W1", "U1"), firstDays(OCTOBER, 3)));

        Alert unpaid = mixed.alert(Rule.R01, OCTOBER, DUE);

        assertThat(AlertState.of(unpaid)).isEqualTo(open(ORANGE, 2, "1050"));
        assertThat(workerRows(unpaid)).containsExactly(
                Map.of("workerId", "U1", "days", 3, "expected", Events.money("0"), "paid", Events.money("0"),
                        "shortfall", Events.money("0"), "registered", false),
                Map.of("workerId", "W1", "days", 3, "expected", Events.money("1050"), "paid", Events.money("0"),
                        "shortfall", Events.money("1050"), "registered", true));
        assertThat(mixed.state(Rule.R01, OCTOBER, "2026-11-20T10:00:00")).isEqualTo(open(ORANGE, 2, "2250"));
    }

    // ---- helpers -------------------------------------------------------------------------------

    /**
     * Records that only come out right if ties and duplicates are settled by the contract: two versions of
     * W1 at one instant (the greater raw text, rate 400, wins), a repeated eventId, SUCCESS and RETURNED at
     * one paidAt, and three complaints, a debit and an unpaid card-mismatched payment besides.
     */
    private static Scenario mixedFeeds() {
        Scenario feeds = Scenario.of(aProject().at(REGISTERED), daily("W2", "350", REGISTERED))
                .addRaw(daily("W1", "350", REGISTERED), "{\"workerId\":\"W1\",\"wageRate\":350}")
                .addRaw(daily("W1", "400", REGISTERED), "{\"workerId\":\"W1\",\"wageRate\":400}")
                .addAll(punchIn(List.of("W1", "W2"), firstDays(OCTOBER, 3)))
                .add(punch("E-dup", "W2", Direction.IN, at("2026-10-08T07:30:00")),
                        punch("E-dup", "W2", Direction.IN, at("2026-10-09T07:30:00")),
                        paid("PAY2", "W2", OCTOBER, "1400", "2026-11-10T10:00:00", PaymentStatus.SUCCESS),
                        paid("PAY2", "W2", OCTOBER, "1400", "2026-11-10T10:00:00", PaymentStatus.RETURNED),
                        Events.paidTo("PAY3", "W3", "2026-09", "100", "2026-10-15T10:00:00", Events.OTHER_CARD),
                        debit("X1", "500", at("2026-10-20T10:00:00")),
                        complaint("C1", "2026-10-10T10:00:00", 1, "100"),
                        complaint("C2", "2026-10-11T10:00:00", 1, "100"),
                        complaint("C3", "2026-10-12T10:00:00", 1, "100"));
        return feeds;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> workerRows(Alert alert) {
        return (List<Map<String, Object>>) alert.evidence().get("workers");
    }
}
