package org.wagewatch.rules.engine;

import static org.wagewatch.rules.engine.Events.P;
import static org.wagewatch.rules.engine.Events.at;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.wagewatch.rules.testing.TestRecords;
import org.wagewatch.connectors.feed.FeedEvent;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.rules.alert.Alert;
import org.wagewatch.rules.alert.Rule;
import org.wagewatch.rules.config.RuleThresholds;

/** Events of project P1 run through {@link Timeline}: the alerts of one rule as of chosen instants. */
final class Scenario {

    private final List<FeedRecord> records = new ArrayList<>();
    private RuleThresholds thresholds = RuleThresholds.DEFAULTS;

    static Scenario of(FeedEvent... events) {
        return new Scenario().add(events);
    }

    Scenario add(FeedEvent... events) {
        return addAll(Arrays.asList(events));
    }

    Scenario addAll(Collection<? extends FeedEvent> events) {
        events.forEach(e -> records.add(TestRecords.of(e)));
        return this;
    }

    /** An event with the raw text that breaks a tie with another record of its key and instant. */
    Scenario addRaw(FeedEvent event, String raw) {
        records.add(new FeedRecord(event, raw.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    Scenario with(RuleThresholds configured) {
        this.thresholds = configured;
        return this;
    }

    /** The same records in another arrival order. */
    Scenario shuffled(long seed) {
        Scenario copy = new Scenario().with(thresholds);
        copy.records.addAll(records);
        Collections.shuffle(copy.records, new Random(seed));
        return copy;
    }

    /** Every alert as of a local time. */
    Collection<Alert> run(String asOf) {
        return run(at(asOf));
    }

    Collection<Alert> run(Instant asOf) {
        return Timeline.run(P, records, asOf, thresholds);
    }

    List<Alert> alerts(Rule rule, String asOf) {
        return run(asOf).stream().filter(a -> a.rule() == rule).toList();
    }

    /** The alert of a rule and period as of a local time, or null. */
    Alert alert(Rule rule, String period, String asOf) {
        return alerts(rule, asOf).stream().filter(a -> a.period().equals(period)).findFirst().orElse(null);
    }

    AlertState state(Rule rule, String period, String asOf) {
        return AlertState.of(alert(rule, period, asOf));
    }

    /** The states of one alert as of each local time in turn. */
    List<AlertState> states(Rule rule, String period, String... asOfs) {
        return Arrays.stream(asOfs).map(asOf -> state(rule, period, asOf)).toList();
    }

    /** The defaults of §5 with one threshold changed, named as its record component. */
    static RuleThresholds defaultsWith(String threshold, Object value) {
        RecordComponent[] components = RuleThresholds.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                found |= components[i].getName().equals(threshold);
                values[i] = components[i].getName().equals(threshold) ? value
                        : components[i].getAccessor().invoke(RuleThresholds.DEFAULTS);
            }
            if (!found) {
                throw new IllegalArgumentException("RuleThresholds has no threshold named " + threshold);
            }
            Constructor<RuleThresholds> canonical = RuleThresholds.class.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
