package org.wagewatch.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.connectors.feed.FeedTime;
import org.wagewatch.rules.alert.Alert;
import org.wagewatch.rules.alert.AlertStatus;
import org.wagewatch.rules.alert.Rule;
import org.wagewatch.rules.config.RuleThresholds;

/**
 * Judging a group of facts again only when its inputs changed gives, at every evaluation, exactly
 * the alert states that judging every group afresh gives: over random project histories, with
 * every record on time and with a tenth of them delivered late.
 */
class IncrementalJudgingTest {

    private static final int SEEDS = 30;
    /** Every fourth seed forgets detail after 0 months, so retention happens during the run. */
    private static final int FORGETFUL_EVERY = 4;
    private static final int LATE_PERCENT = 10;

    private static final Set<Rule> FIRED_ON_TIME = EnumSet.noneOf(Rule.class);
    private static final Set<Rule> FIRED_LATE = EnumSet.noneOf(Rule.class);
    private static int seedsOnTime;
    private static int seedsLate;

    static LongStream seeds() {
        return LongStream.range(1, SEEDS + 1);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldRaiseWhatJudgingAfreshRaisesWhenEveryRecordIsOnTime(long seed) {
        RandomProject history = RandomProject.generate(seed);

        Twins twins = new Twins(seed, thresholds(seed));
        LateTimeline.run(history.records(), List.of(), RandomProject.AS_OF, twins);

        twins.assertSameFinalAlerts();
        FIRED_ON_TIME.addAll(twins.fired);
        seedsOnTime++;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldRaiseWhatJudgingAfreshRaisesWhenRecordsArriveLate(long seed) {
        RandomProject.Delivery delivery = RandomProject.generate(seed).holdBack(seed * 7919, LATE_PERCENT);

        Twins twins = new Twins(seed, thresholds(seed));
        LateTimeline.run(delivery.onTime(), delivery.late(), RandomProject.AS_OF, twins);

        assertThat(twins.lateEvaluations).as("seed %d: evaluations after a late record", seed).isPositive();
        twins.assertSameFinalAlerts();
        FIRED_LATE.addAll(twins.fired);
        seedsLate++;
    }

    /**
     * Otherwise the comparisons above could pass with rules that never fire. Checked once every seed
     * of a variant passed, so that running one seed alone still works.
     */
    @AfterAll
    static void everyRuleFiredInSomeSeed() {
        if (seedsOnTime == SEEDS) {
            assertThat(FIRED_ON_TIME).as("rules raised with every record on time")
                    .containsAll(EnumSet.allOf(Rule.class));
        }
        if (seedsLate == SEEDS) {
            assertThat(FIRED_LATE).as("rules raised with late records").containsAll(EnumSet.allOf(Rule.class));
        }
    }

    private static RuleThresholds thresholds(long seed) {
        return RandomProject.thresholds(seed % FORGETFUL_EVERY == 0 ? 0 : 6);
    }

    /** Two detectors fed alike: one judges incrementally, the other forgets its judgements each time. */
    private static final class Twins implements LateTimeline.Steps {

        private final long seed;
        private final RuleThresholds thresholds;
        private final RuleEngine engine = RuleEngine.get();
        private final ProjectDetector incremental = new ProjectDetector(Events.P);
        private final ProjectDetector afresh = new ProjectDetector(Events.P);
        private final Set<Rule> fired = EnumSet.noneOf(Rule.class);
        private int evaluations;
        private int lateEvaluations;
        /** The last record delivered late, named when the evaluation right after it differs. */
        private FeedRecord lastLate;

        Twins(long seed, RuleThresholds thresholds) {
            this.seed = seed;
            this.thresholds = thresholds;
        }

        @Override
        public void apply(List<FeedRecord> sameInstant) {
            incremental.apply(sameInstant);
            afresh.apply(sameInstant);
        }

        @Override
        public void applyLate(FeedRecord record) {
            lastLate = record;
            incremental.applyLate(record);
            afresh.applyLate(record);
        }

        @Override
        public void evaluate(Instant now, boolean afterLate) {
            List<Alert> judgedIncrementally = incremental.evaluate(now, thresholds, engine);
            afresh.forgetJudgements();
            List<Alert> judgedAfresh = afresh.evaluate(now, thresholds, engine);

            assertThat(judgedIncrementally)
                    .as("seed %d, evaluation %d at %s%s: alert states judged incrementally vs afresh", seed,
                            evaluations, now.atZone(FeedTime.ZONE).toLocalDateTime(),
                            afterLate ? " right after the late " + lastLate.event() : "")
                    .isEqualTo(judgedAfresh);
            evaluations++;
            if (afterLate) {
                lateEvaluations++;
            }
            judgedIncrementally.stream().filter(a -> a.status() == AlertStatus.OPEN)
                    .forEach(a -> fired.add(a.rule()));
        }

        void assertSameFinalAlerts() {
            assertThat(sorted(incremental.alerts()))
                    .as("seed %d: final alerts after %d evaluations", seed, evaluations)
                    .isNotEmpty()
                    .isEqualTo(sorted(afresh.alerts()));
        }

        private static List<Alert> sorted(Collection<Alert> alerts) {
            return alerts.stream().sorted(Comparator.comparing(Alert::alertId)).toList();
        }
    }
}
