package org.wagewatch.rules.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.wagewatch.rules.testing.TestRecords;
import org.wagewatch.connectors.feed.Attendance;
import org.wagewatch.connectors.feed.Direction;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.connectors.feed.Payment;
import org.wagewatch.connectors.feed.PaymentStatus;
import org.wagewatch.connectors.feed.Project;
import org.wagewatch.connectors.feed.ProjectStatus;
import org.wagewatch.connectors.feed.WageType;
import org.wagewatch.connectors.feed.Worker;
import org.wagewatch.rules.config.RuleThresholds;
import org.wagewatch.rules.engine.FactBuilder;
import org.wagewatch.rules.engine.ProjectDetector;
import org.wagewatch.rules.engine.RuleEngine;
import org.wagewatch.rules.facts.Facts;

/**
 * Drools throughput on one core: every group of facts of a 100-worker project the day after its pay
 * deadline (a month of attendance, most workers paid), each judged in its own session as the
 * detector does, again and again. Not a test: {@code bench/run.sh drools}.
 */
public final class DroolsBenchmark {

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        ProjectDetector detector = new ProjectDetector("P1");
        apply(detector, new Project("P1", "x", "330106", null, null, null, ProjectStatus.IN_PROGRESS,
                LocalDate.of(2026, 3, 1), null, 15, BigDecimal.ZERO.setScale(2), 15, null,
                BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), local("2026-03-01T09:00:00")));
        for (int w = 0; w < 100; w++) {
            String workerId = "W" + w;
            apply(detector, new Worker(workerId, "P1", "x", "110101199003074514", null, null, null, WageType.DAILY,
                    new BigDecimal("350.00"), null, LocalDate.of(2026, 3, 1), null, local("2026-03-01T10:00:00")));
            for (int day = 1; day <= 26; day++) {
                apply(detector, new Attendance(workerId + "-" + day, "P1", workerId, null, Direction.IN,
                        local(String.format("2026-10-%02dT07:%02d:00", day, w % 60)), null));
            }
            if (w % 10 != 0) {
                apply(detector, new Payment(workerId + "-10", "P1", workerId, YearMonth.of(2026, 10),
                        new BigDecimal(w % 7 == 0 ? "5000.00" : "9100.00"), local("2026-11-12T10:00:00"),
                        PaymentStatus.SUCCESS, null));
            }
        }
        Instant now = local("2026-11-16T00:00:00");
        RuleThresholds thresholds = RuleThresholds.DEFAULTS;
        List<List<Facts>> groups = new FactBuilder(thresholds).groups(detector.state(), now, Set.of()).stream()
                .map(group -> group.facts().get())
                .toList();
        int facts = groups.stream().mapToInt(List::size).sum();
        RuleEngine engine = RuleEngine.get();
        for (int warmup = 0; warmup < rounds / 4; warmup++) {
            groups.forEach(group -> engine.evaluate(group, thresholds));
        }
        long start = System.nanoTime();
        int findings = 0;
        for (int i = 0; i < rounds; i++) {
            for (List<Facts> group : groups) {
                findings += engine.evaluate(group, thresholds).size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d rounds of %d groups, %d facts (%d findings each round) in %.2f s: %.0f group judgements/s,"
                + " %.0f facts/s on one core%n", rounds, groups.size(), facts, findings / rounds, seconds,
                rounds * groups.size() / seconds, rounds * facts / seconds);
    }

    private static void apply(ProjectDetector detector, org.wagewatch.connectors.feed.FeedEvent event) {
        detector.apply(List.of(TestRecords.of(event)));
    }

    private static Instant local(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }
}
