package org.wagewatch.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wagewatch.rules.alert.AlertLevel.BLUE;
import static org.wagewatch.rules.alert.AlertLevel.RED;
import static org.wagewatch.rules.alert.AlertLevel.YELLOW;
import static org.wagewatch.rules.engine.AlertState.NONE;
import static org.wagewatch.rules.engine.AlertState.open;
import static org.wagewatch.rules.engine.AlertState.resolved;
import static org.wagewatch.rules.engine.Events.aProject;
import static org.wagewatch.rules.engine.Events.at;
import static org.wagewatch.rules.engine.Events.complaint;
import static org.wagewatch.rules.engine.Events.crew;
import static org.wagewatch.rules.engine.Events.daily;
import static org.wagewatch.rules.engine.Events.in;
import static org.wagewatch.rules.engine.Events.out;
import static org.wagewatch.rules.engine.Events.punchIn;
import static org.wagewatch.rules.engine.Events.record;
import static org.wagewatch.rules.engine.Events.registerDaily;
import static org.wagewatch.rules.engine.Scenario.defaultsWith;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wagewatch.connectors.feed.Direction;
import org.wagewatch.connectors.feed.ProjectStatus;
import org.wagewatch.rules.alert.Alert;
import org.wagewatch.rules.alert.Rule;
import org.wagewatch.rules.config.RuleThresholds;

/** The site rules R07, R08 and R13, and the complaint rule R09, through the whole engine. */
class SiteRulesTest {

    private static final String REGISTERED = "2026-09-01T09:00:00";
    private static final String OCTOBER = "2026-10";
    /** The day R07 judges: Thursday 2026-10-22, once it has ended. */
    private static final LocalDate THURSDAY = LocalDate.of(2026, 10, 22);
    private static final String AFTER_THURSDAY = "2026-10-23T00:00:00";
    private static final List<String> CREW = crew("W", 20);

    // ---- R07 ATTENDANCE_DROP -------------------------------------------------------------------

    /** Earlier days as "offset=head count"; the mean is over up to 7 of them within the 14 days before. */
    @ParameterizedTest(name = "earlier days {0}, then {1} in: dropped {2}")
    @CsvSource({
            "-3=20 -2=20 -1=20, 9, true",            // 9 < 50 % of a mean of 20
            "-3=20 -2=20 -1=20, 10, false",          // exactly 50 % is no drop
            "-3=20 -2=20 -1=20, 0, false",           // an empty day is R08's concern
            "-3=20 -2=20 -1=19, 1, false",           // mean 19.67 < 20
            "-2=20 -1=20, 1, false",                 // 2 earlier days < 3
            "-14=20 -2=20 -1=20, 9, true",           // 14 days before is within the look-back
            "-15=20 -2=20 -1=20, 1, false",          // 15 days before is not
            "-8=4 -7=20 -6=20 -5=20 -4=20 -3=20 -2=20 -1=20, 9, true", // the 7 most recent: mean 20, not 18
    })
    void shouldRaiseR07WhenTheHeadCountDropsBelowHalfTheRecentMean(String earlierDays, int headCount,
            boolean dropped) {
        Scenario site = site(THURSDAY, earlierDays, headCount);

        assertThat(site.state(Rule.R07, THURSDAY.toString(), AFTER_THURSDAY))
                .isEqualTo(dropped ? open(BLUE, 0, "0") : NONE);
    }

    @Test
    void shouldJudgeR07OnlyOnceTheDayHasEnded() {
        Scenario site = site(THURSDAY, "-3=20 -2=20 -1=20", 9);

        assertThat(site.states(Rule.R07, THURSDAY.toString(), "2026-10-22T23:59:59", AFTER_THURSDAY))
                .containsExactly(NONE, open(BLUE, 0, "0"));
        assertThat(site.alert(Rule.R07, THURSDAY.toString(), AFTER_THURSDAY).evidence())
                .containsEntry("headCount", 9).containsEntry("priorDays", 3).containsEntry("priorHeadCountSum", 60);
    }

    @ParameterizedTest(name = "{0}: judged {1}")
    @CsvSource({"2026-10-24, true", "2026-10-25, false"})
    void shouldJudgeR07MondayToSaturdayOnly(LocalDate day, boolean judged) {
        Scenario site = site(day, "-3=20 -2=20 -1=20", 1);

        assertThat(site.state(Rule.R07, day.toString(), day.plusDays(1) + "T00:00:00"))
                .isEqualTo(judged ? open(BLUE, 0, "0") : NONE);
    }

    @Test
    void shouldNotRaiseR07ForAProjectNotInProgressWhenTheDayIsJudged() {
        Scenario site = site(THURSDAY, "-3=20 -2=20 -1=20", 9)
                .add(aProject().withStatus(ProjectStatus.SUSPENDED).at("2026-10-22T12:00:00"));

        assertThat(site.alerts(Rule.R07, AFTER_THURSDAY)).isEmpty();
    }

    @Test
    void shouldKeepR07OpenWithItsValuesWhenTheProjectIsSuspendedAfterwards() {
        Scenario site = site(THURSDAY, "-3=20 -2=20 -1=20", 9)
                .add(aProject().withStatus(ProjectStatus.SUSPENDED).at("2026-10-23T08:00:00"));

        Alert alert = site.alert(Rule.R07, THURSDAY.toString(), "2026-10-30T00:00:00");

        assertThat(AlertState.of(alert)).isEqualTo(open(BLUE, 0, "0"));
        assertThat(alert.updatedAt()).isEqualTo(at(AFTER_THURSDAY));
        assertThat(alert.evidence()).containsEntry("headCount", 9);
    }

    // ---- R08 NO_ATTENDANCE ---------------------------------------------------------------------

    @Test
    void shouldRaiseR08AtTheMidnightEndingTheThirdSilentDayAndFollowTheProjectStatusAndAttendance() {
        Scenario quiet = quietAfterOctober7().add(
                aProject().withStatus(ProjectStatus.SUSPENDED).at("2026-10-12T09:00:00"),
                aProject().at("2026-10-13T09:00:00"),
                in("W01", "2026-10-14T07:30:00"));

        assertThat(quiet.states(Rule.R08, "2026-10-08", "2026-10-10T23:59:59", "2026-10-11T00:00:00",
                "2026-10-12T09:00:00", "2026-10-13T09:00:00", "2026-10-14T07:30:00"))
                .containsExactly(NONE, open(YELLOW, 0, "0"), resolved(YELLOW, 0, "0"), open(YELLOW, 0, "0"),
                        resolved(YELLOW, 0, "0"));
    }

    @ParameterizedTest(name = "{0} punch on Oct 9: still silent {1}")
    @CsvSource({"OUT, true", "IN, false"})
    void shouldBreakTheSilenceWithAnInPunchOnly(Direction direction, boolean silent) {
        Scenario quiet = quietAfterOctober7()
                .add(direction == Direction.IN ? in("W01", "2026-10-09T07:30:00") : out("W01", "2026-10-09T17:30:00"));

        assertThat(quiet.state(Rule.R08, "2026-10-08", "2026-10-11T00:00:00"))
                .isEqualTo(silent ? open(YELLOW, 0, "0") : NONE);
    }

    /** Both fire at 00:00 of Oct 8: the first 7 days after the start, the second 3 days after registration. */
    @ParameterizedTest(name = "started {0}, first worker registered {1}: silent since {2}")
    @CsvSource({
            "2026-10-01, 2026-09-20T10:00:00, 2026-10-01",
            "2026-06-01, 2026-10-05T10:00:00, 2026-10-05",
    })
    void shouldStartTheSilenceOfANeverAttendedSiteAtTheLaterOfStartAndFirstRegistration(String startDate,
            String registeredAt, String firstSilentDay) {
        Scenario neverAttended = Scenario.of(aProject().startingOn(startDate).at(REGISTERED),
                daily("W01", "350", registeredAt));

        assertThat(neverAttended.states(Rule.R08, firstSilentDay, "2026-10-07T23:59:59", "2026-10-08T00:00:00"))
                .containsExactly(NONE, open(YELLOW, 0, "0"));
    }

    @Test
    void shouldNotRaiseR08WithoutARegisteredWorker() {
        Scenario unregisteredOnly = Scenario.of(aProject().at(REGISTERED)).addAll(punchIn(List.of("U1"), "2026-10-05"));

        assertThat(unregisteredOnly.alerts(Rule.R08, "2026-10-20T00:00:00")).isEmpty();
    }

    @Test
    void shouldHonourAConfiguredNumberOfSilentDays() {
        Scenario quiet = quietAfterOctober7().with(defaultsWith("silentDays", 5));

        assertThat(quiet.states(Rule.R08, "2026-10-08", "2026-10-12T23:59:59", "2026-10-13T00:00:00"))
                .containsExactly(NONE, open(YELLOW, 0, "0"));
    }

    // ---- R13 UNREGISTERED_WORKERS --------------------------------------------------------------

    @ParameterizedTest(name = "{0} unregistered: raised {1}")
    @CsvSource({"4, false", "5, true"})
    void shouldRaiseR13FromFiveUnregisteredWorkersAtTheGate(int unregistered, boolean raised) {
        Scenario monday = unregisteredOnMonday(unregistered);

        assertThat(monday.state(Rule.R13, "2026-10-05", "2026-10-07T00:00:00"))
                .isEqualTo(raised ? open(YELLOW, unregistered, "0") : NONE);
    }

    @Test
    void shouldJudgeR13AtMidnightTwoDaysLater() {
        Scenario monday = unregisteredOnMonday(5);

        assertThat(monday.states(Rule.R13, "2026-10-05", "2026-10-06T23:59:59", "2026-10-07T00:00:00"))
                .containsExactly(NONE, open(YELLOW, 5, "0"));
        assertThat(monday.alert(Rule.R13, "2026-10-05", "2026-10-07T00:00:00").evidence())
                .containsEntry("workerIds", crew("U", 5));
    }

    @ParameterizedTest(name = "U05 registered at {0}: raised {1}")
    @CsvSource({
            "2026-10-05T12:00:00, false",
            "2026-10-07T00:00:00, false",
            "2026-10-07T00:00:01, true",
    })
    void shouldCountARegistrationUpToTheJudgingInstant(String registeredAt, boolean raised) {
        Scenario monday = unregisteredOnMonday(5).add(daily("U05", "350", registeredAt));

        assertThat(monday.state(Rule.R13, "2026-10-05", "2026-10-08T00:00:00"))
                .isEqualTo(raised ? open(YELLOW, 5, "0") : NONE);
    }

    @Test
    void shouldKeepR13OpenWithItsValuesOnceTheWorkersAreRegistered() {
        Scenario monday = unregisteredOnMonday(5).addAll(registerDaily(crew("U", 5), "350", "2026-10-08T09:00:00"));

        Alert alert = monday.alert(Rule.R13, "2026-10-05", "2026-10-20T00:00:00");

        assertThat(AlertState.of(alert)).isEqualTo(open(YELLOW, 5, "0"));
        assertThat(alert.updatedAt()).isEqualTo(at("2026-10-07T00:00:00"));
        assertThat(alert.projectName()).as("R13 needs no registry record").isEmpty();
    }

    @Test
    void shouldUpdateR13WhenALatePunchOfTheDayArrivesBeforeTwoMoreDaysHavePassed() {
        ProjectDetector detector = new ProjectDetector(Events.P);
        RuleEngine engine = RuleEngine.get();
        punchIn(crew("U", 5), "2026-10-05").forEach(punch -> detector.apply(List.of(record(punch))));
        List<Alert> judged = detector.evaluate(at("2026-10-07T00:00:00"), RuleThresholds.DEFAULTS, engine);

        detector.applyLate(record(in("U06", "2026-10-05T08:00:00")));
        List<Alert> updated = detector.evaluate(at("2026-10-07T08:00:00"), RuleThresholds.DEFAULTS, engine);

        assertThat(judged).extracting(AlertState::of).containsExactly(open(YELLOW, 5, "0"));
        assertThat(updated).extracting(AlertState::of).containsExactly(open(YELLOW, 6, "0"));
    }

    @Test
    void shouldHonourAConfiguredNumberOfUnregisteredWorkers() {
        Scenario monday = unregisteredOnMonday(3).with(defaultsWith("unregisteredWorkers", 3));

        assertThat(monday.state(Rule.R13, "2026-10-05", "2026-10-07T00:00:00")).isEqualTo(open(YELLOW, 3, "0"));
    }

    // ---- R09 COMPLAINT_CLUSTER -----------------------------------------------------------------

    @ParameterizedTest(name = "third complaint at {0}: raised {1}")
    @CsvSource({"2026-10-31T10:00:00, true", "2026-10-31T10:00:01, false"})
    void shouldRaiseR09ForThreeComplaintsWithinThirtyDaysBothEndsIncluded(String third, boolean raised) {
        Scenario complaints = Scenario.of(complaint("C1", "2026-10-01T10:00:00", 1, "1000"),
                complaint("C2", "2026-10-10T10:00:00", 2, "2000"), complaint("C3", third, 1, "3000"));

        assertThat(complaints.state(Rule.R09, OCTOBER, third)).isEqualTo(raised ? open(RED, 0, "6000") : NONE);
    }

    @ParameterizedTest(name = "{0} workers: raised {1}")
    @CsvSource({"9, false", "10, true"})
    void shouldRaiseR09ForOneComplaintFromTenWorkers(int workers, boolean raised) {
        Scenario complaint = Scenario.of(complaint("C1", "2026-10-01T10:00:00", workers, "1000"));

        assertThat(complaint.state(Rule.R09, OCTOBER, "2026-10-01T10:00:00"))
                .isEqualTo(raised ? open(RED, 0, "1000") : NONE);
    }

    @Test
    void shouldUpdateR09AsComplaintsAddUpAndKeepItWhenALaterMonthTakesOver() {
        Scenario complaints = Scenario.of(complaint("C1", "2026-10-01T10:00:00", 1, "1000"),
                complaint("C2", "2026-10-10T10:00:00", 1, "2000"), complaint("C3", "2026-10-20T10:00:00", 1, "3000"),
                complaint("C4", "2026-10-25T10:00:00", 1, "500"), complaint("C5", "2026-11-15T10:00:00", 1, "4000"));

        assertThat(complaints.states(Rule.R09, OCTOBER, "2026-10-19T00:00:00", "2026-10-20T10:00:00",
                "2026-10-25T10:00:00", "2026-11-15T10:00:00"))
                .containsExactly(NONE, open(RED, 0, "6000"), open(RED, 0, "6500"), open(RED, 0, "6500"));
        // From Nov 15 back to Oct 16: C3, C4 and C5.
        assertThat(complaints.state(Rule.R09, "2026-11", "2026-11-15T10:00:00")).isEqualTo(open(RED, 0, "7500"));
    }

    @Test
    void shouldHonourAConfiguredComplaintCount() {
        Scenario complaints = Scenario.of(complaint("C1", "2026-10-01T10:00:00", 1, "1000"),
                complaint("C2", "2026-10-10T10:00:00", 1, "2000")).with(defaultsWith("complaintCount", 2));

        assertThat(complaints.state(Rule.R09, OCTOBER, "2026-10-10T10:00:00")).isEqualTo(open(RED, 0, "3000"));
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** 20 registered workers; {@code earlierDays} as "offset=head count" relative to {@code day}. */
    private static Scenario site(LocalDate day, String earlierDays, int headCount) {
        Scenario site = Scenario.of(aProject().at(REGISTERED)).addAll(registerDaily(CREW, "350", REGISTERED));
        for (String earlier : earlierDays.split(" ")) {
            String[] offsetAndCount = earlier.split("=");
            LocalDate date = day.plusDays(Integer.parseInt(offsetAndCount[0]));
            site.addAll(punchIn(CREW.subList(0, Integer.parseInt(offsetAndCount[1])), date.toString()));
        }
        return site.addAll(punchIn(CREW.subList(0, headCount), day.toString()));
    }

    /** W01 is in on Oct 5–7 and then nobody: the first silent day is Oct 8. */
    private static Scenario quietAfterOctober7() {
        return Scenario.of(aProject().at(REGISTERED), daily("W01", "350", REGISTERED))
                .addAll(punchIn(List.of("W01"), "2026-10-05", "2026-10-06", "2026-10-07"));
    }

    /** U01… are in on Monday Oct 5 without a registration, next to the registered W01; no registry record. */
    private static Scenario unregisteredOnMonday(int unregistered) {
        return Scenario.of(daily("W01", "350", REGISTERED))
                .addAll(punchIn(crew("U", unregistered), "2026-10-05"))
                .addAll(punchIn(List.of("W01"), "2026-10-05"));
    }
}
