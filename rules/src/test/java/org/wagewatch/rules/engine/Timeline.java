package org.wagewatch.rules.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.rules.alert.Alert;
import org.wagewatch.rules.config.RuleThresholds;
import org.wagewatch.rules.state.Calendar;

/**
 * DOMAIN.md §4a for one project, as a plain loop in tests: apply the events in time order and evaluate at
 * every distinct event instant and every local midnight (every deadline is one) up to now. The Flink
 * operator reaches the same states with event-time timers; this is its reference in tests.
 */
final class Timeline {

    private Timeline() {}

    /** The final state of every alert of one project's events as of {@code asOf}. */
    static Collection<Alert> run(String projectId, List<FeedRecord> records, Instant asOf,
            RuleThresholds thresholds) {
        TreeMap<Instant, List<FeedRecord>> byInstant = new TreeMap<>();
        for (FeedRecord record : records) {
            Instant time = record.event().eventTime();
            if (!time.isAfter(asOf)) {
                byInstant.computeIfAbsent(time, t -> new ArrayList<>()).add(record);
            }
        }
        ProjectDetector detector = new ProjectDetector(projectId);
        RuleEngine engine = RuleEngine.get();
        if (byInstant.isEmpty()) {
            return detector.alerts();
        }
        Instant now = byInstant.firstKey();
        while (!now.isAfter(asOf)) {
            List<FeedRecord> sameInstant = byInstant.get(now);
            if (sameInstant != null) {
                detector.apply(sameInstant);
            }
            detector.evaluate(now, thresholds, engine);
            Instant nextEvent = byInstant.higherKey(now);
            Instant nextMidnight = Calendar.nextMidnight(now);
            now = nextEvent == null || nextMidnight.isBefore(nextEvent) ? nextMidnight : nextEvent;
        }
        return detector.alerts().stream().sorted(Comparator.comparing(Alert::alertId)).toList();
    }
}
