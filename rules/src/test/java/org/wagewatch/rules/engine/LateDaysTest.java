package org.wagewatch.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wagewatch.rules.alert.AlertLevel.BLUE;
import static org.wagewatch.rules.alert.AlertLevel.YELLOW;
import static org.wagewatch.rules.engine.AlertState.NONE;
import static org.wagewatch.rules.engine.AlertState.open;
import static org.wagewatch.rules.engine.Events.aProject;
import static org.wagewatch.rules.engine.Events.at;
import static org.wagewatch.rules.engine.Events.crew;
import static org.wagewatch.rules.engine.Events.punchIn;
import static org.wagewatch.rules.engine.Events.record;
import static org.wagewatch.rules.engine.Events.registerDaily;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wagewatch.connectors.feed.FeedEvent;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.rules.alert.Alert;
import org.wagewatch.rules.alert.Rule;
import org.wagewatch.rules.config.RuleThresholds;
import org.wagewatch.rules.engine.LateTimeline.Late;
import org.wagewatch.rules.state.Calendar;

/**
 * R07 and R13 judge a day again when its punches arrive late, even days after the two evaluations
 * that judge a day on time: {@link ProjectDetector#applyLate}.
 */
class LateDaysTest {

    private static final String REGISTERED = "2026-09-01T09:00:00";
    /** Thursday 2026-10-15: the day whose punches come late, or whose recent past does. */
    private static final LocalDate DAY = LocalDate.of(2026, 10, 15);
    /** Five days after the day ended. */
    private static final String DELIVERED = "2026-10-20T10:00:00";
    private static final String JUST_BEFORE = "2026-10-20T09:59:59";
    private static final List<String> CREW = crew("W", 20);
    private static final List<String> STRANGERS = crew("U", 5);

    // ---- R13 UNREGISTERED_WORKERS ---------------------------------------------------------------

    @ParameterizedTest(name = "crew registered {0}: {1} unregistered")
    @CsvSource({
            "never, 5",
            "2026-10-18T10:00:00, 5",   // after 00:00 of d + 2: still unregistered on d
            "2026-10-16T10:00:00, 0",   // before 00:00 of d + 2: registered in time
    })
    void shouldRaiseR13ForADayWhosePunchesArriveDaysLate(String registered, int unregistered) {
        List<FeedEvent> onTime = siteWorkingEveryDay(CREW);
        if (!registered.equals("never")) {
            onTime.addAll(registerDaily(STRANGERS, "300", registered));
        }
        List<FeedEvent> late = punchIn(STRANGERS, DAY.toString());

        assertThat(state(Rule.R13, onTime, late, JUST_BEFORE)).isEqualTo(NONE);
        assertThat(state(Rule.R13, onTime, late, DELIVERED))
                .isEqualTo(unregistered == 0 ? NONE : open(YELLOW, unregistered, "0"));
        if (unregistered > 0) {
            Alert raised = alert(Rule.R13, onTime, late, DELIVERED);
            assertThat(raised.detectedAt()).isEqualTo(at(DELIVERED));
            assertThat(raised.evidence()).containsEntry("workerIds", STRANGERS);
        }
    }

    // ---- R07 ATTENDANCE_DROP --------------------------------------------------------------------

    @Test
    void shouldRaiseR07WhenADaysLatePunchesMakeItADrop() {
        // Nobody punched on the day, as far as the stream knew: an empty day is R08's concern.
        List<FeedEvent> onTime = siteWorkingEveryDay(CREW);
        onTime.removeIf(e -> Calendar.day(e.eventTime()).equals(DAY));
        List<FeedEvent> late = punchIn(CREW.subList(0, 5), DAY.toString());

        assertThat(state(Rule.R07, onTime, late, JUST_BEFORE)).isEqualTo(NONE);
        Alert raised = alert(Rule.R07, onTime, late, DELIVERED);
        assertThat(AlertState.of(raised)).isEqualTo(open(BLUE, 0, "0"));
        // The 7 most recent earlier days: Wed 7th to Wed 14th but Sunday 11th, 20 each. The first
        // late punch raised it; the four after it change no value, so its evidence stays as raised.
        assertThat(raised.evidence()).containsEntry("headCount", 1).containsEntry("priorDays", 7)
                .containsEntry("priorHeadCountSum", 140);
        assertThat(raised.detectedAt()).isEqualTo(at(DELIVERED));
        assertThat(raised.version()).isEqualTo(1);
    }

    @Test
    void shouldRaiseR07WhenTheEarlierDaysArriveLateAndMakeALaterDayADrop() {
        // On time, the day has no recent past to drop against: the three days before it come late.
        List<FeedEvent> onTime = new ArrayList<>(List.of(aProject().at(REGISTERED)));
        onTime.addAll(registerDaily(CREW, "300", REGISTERED));
        onTime.addAll(punchIn(CREW.subList(0, 9), DAY.toString()));
        onTime.addAll(punchIn(CREW, "2026-10-16", "2026-10-17", "2026-10-19"));
        List<FeedEvent> late = punchIn(CREW, "2026-10-12", "2026-10-13", "2026-10-14");

        assertThat(state(Rule.R07, onTime, late, JUST_BEFORE)).isEqualTo(NONE);
        Alert raised = alert(Rule.R07, onTime, late, DELIVERED);
        assertThat(AlertState.of(raised)).isEqualTo(open(BLUE, 0, "0"));
        assertThat(raised.evidence()).containsEntry("headCount", 9).containsEntry("priorDays", 3)
                .containsEntry("priorHeadCountSum", 60);
        assertThat(alerts(onTime, late, DELIVERED)).filteredOn(a -> a.rule() == Rule.R07)
                .extracting(Alert::period).containsExactly(DAY.toString());
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** P1 with the crew registered, every one of them at the gate Monday to Saturday, Oct 5 to 24. */
    private static List<FeedEvent> siteWorkingEveryDay(List<String> crew) {
        List<FeedEvent> events = new ArrayList<>(List.of(aProject().at(REGISTERED)));
        events.addAll(registerDaily(crew, "300", REGISTERED));
        String[] days = Stream.iterate(LocalDate.of(2026, 10, 5), d -> !d.isAfter(LocalDate.of(2026, 10, 24)),
                        d -> d.plusDays(1))
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SUNDAY)
                .map(LocalDate::toString)
                .toArray(String[]::new);
        events.addAll(punchIn(crew, days));
        return events;
    }

    /** Every alert as of a local time, the late events delivered at {@link #DELIVERED}. */
    private static List<Alert> alerts(List<FeedEvent> onTime, List<FeedEvent> late, String asOf) {
        List<FeedRecord> records = onTime.stream().map(Events::record).toList();
        Instant deliveredAt = at(DELIVERED);
        List<Late> held = late.stream().map(e -> new Late(record(e), deliveredAt)).toList();
        return List.copyOf(LateTimeline.run(Events.P, records, held, at(asOf), RuleThresholds.DEFAULTS));
    }

    private static Alert alert(Rule rule, List<FeedEvent> onTime, List<FeedEvent> late, String asOf) {
        return alerts(onTime, late, asOf).stream()
                .filter(a -> a.rule() == rule && a.period().equals(DAY.toString()))
                .findFirst().orElse(null);
    }

    private static AlertState state(Rule rule, List<FeedEvent> onTime, List<FeedEvent> late, String asOf) {
        return AlertState.of(alert(rule, onTime, late, asOf));
    }
}
