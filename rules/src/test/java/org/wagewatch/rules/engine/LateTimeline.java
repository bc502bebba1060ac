package org.wagewatch.rules.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.rules.alert.Alert;
import org.wagewatch.rules.config.RuleThresholds;
import org.wagewatch.rules.state.Calendar;

/**
 * {@link Timeline}'s loop with some records delivered late: each is applied with {@link
 * ProjectDetector#applyLate} at an instant after its own was evaluated, and the rules are evaluated
 * again at that instant, as the Flink operator does with a record behind the watermark.
 */
final class LateTimeline {

    /** A record held back from its own instant and delivered at {@code deliveredAt}. */
    record Late(FeedRecord record, Instant deliveredAt) {

        Late {
            if (!deliveredAt.isAfter(record.event().eventTime())) {
                throw new IllegalArgumentException("a late record is delivered after its own instant, not at "
                        + deliveredAt + ": " + record);
            }
        }
    }

    /** What the loop does at each step, to whichever detectors it drives. */
    interface Steps {

        void apply(List<FeedRecord> sameInstant);

        void applyLate(FeedRecord record);

        /** @param afterLate whether a late record was just applied at this instant */
        void evaluate(Instant now, boolean afterLate);
    }

    private LateTimeline() {}

    /**
     * Applies the records on time and the late ones when delivered, evaluating at every instant of
     * either, every local midnight and after every late record, up to {@code asOf}.
     */
    static void run(List<FeedRecord> onTime, List<Late> late, Instant asOf, Steps steps) {
        TreeMap<Instant, List<FeedRecord>> byInstant = new TreeMap<>();
        TreeMap<Instant, List<FeedRecord>> byDelivery = new TreeMap<>();
        TreeSet<Instant> instants = new TreeSet<>();
        for (FeedRecord record : onTime) {
            Instant time = record.event().eventTime();
            if (!time.isAfter(asOf)) {
                byInstant.computeIfAbsent(time, t -> new ArrayList<>()).add(record);
                instants.add(time);
            }
        }
        for (Late held : late) {
            // Its own instant is still evaluated: the late record is what the stream has not seen yet.
            Instant time = held.record().event().eventTime();
            if (!time.isAfter(asOf)) {
                instants.add(time);
            }
            if (!held.deliveredAt().isAfter(asOf)) {
                byDelivery.computeIfAbsent(held.deliveredAt(), t -> new ArrayList<>()).add(held.record());
                instants.add(held.deliveredAt());
            }
        }
        if (instants.isEmpty()) {
            return;
        }
        Instant now = instants.first();
        while (!now.isAfter(asOf)) {
            List<FeedRecord> sameInstant = byInstant.get(now);
            if (sameInstant != null) {
                steps.apply(sameInstant);
            }
            steps.evaluate(now, false);
            for (FeedRecord record : byDelivery.getOrDefault(now, List.of())) {
                steps.applyLate(record);
                steps.evaluate(now, true);
            }
            Instant next = instants.higher(now);
            Instant nextMidnight = Calendar.nextMidnight(now);
            now = next == null || nextMidnight.isBefore(next) ? nextMidnight : next;
        }
    }

    /** The final state of every alert of one detector, sorted by alertId. */
    static Collection<Alert> run(String projectId, List<FeedRecord> onTime, List<Late> late, Instant asOf,
            RuleThresholds thresholds) {
        ProjectDetector detector = new ProjectDetector(projectId);
        RuleEngine engine = RuleEngine.get();
        run(onTime, late, asOf, new Steps() {
            @Override
            public void apply(List<FeedRecord> sameInstant) {
                detector.apply(sameInstant);
            }

            @Override
            public void applyLate(FeedRecord record) {
                detector.applyLate(record);
            }

            @Override
            public void evaluate(Instant now, boolean afterLate) {
                detector.evaluate(now, thresholds, engine);
            }
        });
        return detector.alerts().stream().sorted(Comparator.comparing(Alert::alertId)).toList();
    }
}
