package org.wagewatch.rules.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wagewatch.connectors.feed.DecodedRecord;
import org.wagewatch.connectors.feed.Feed;
import org.wagewatch.connectors.feed.FeedDecoder;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.connectors.feed.FeedTime;
import org.wagewatch.rules.config.RuleThresholds;
import org.wagewatch.rules.engine.ProjectDetector;
import org.wagewatch.rules.engine.RuleEngine;
import org.wagewatch.rules.state.Calendar;

/**
 * The rules' share of a replay on one core, without Flink: the feed files of a directory decoded,
 * then every project's events applied and judged as the detection operator does, twice (a cold
 * and a warm pass). Not a test: {@code bench/run.sh rules DIR [AS_OF]}.
 */
public final class RulesReplayBenchmark {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Instant asOf = FeedTime.parseTimestamp(args.length > 1 ? args[1] : "2026-11-20T00:00:00+08:00");
        Map<String, TreeMap<Long, List<FeedRecord>>> byProject = read(dir);
        RuleEngine.get();
        for (String pass : List.of("cold", "warm")) {
            long start = System.nanoTime();
            int alerts = 0;
            for (Map.Entry<String, TreeMap<Long, List<FeedRecord>>> project : byProject.entrySet()) {
                alerts += judge(project.getKey(), project.getValue(), asOf.toEpochMilli());
            }
            System.out.printf("%s: %d projects judged in %.2f s, %d alert states%n", pass, byProject.size(),
                    (System.nanoTime() - start) / 1e9, alerts);
        }
    }

    private static Map<String, TreeMap<Long, List<FeedRecord>>> read(Path dir) throws IOException {
        FeedDecoder decoder = new FeedDecoder();
        Map<String, TreeMap<Long, List<FeedRecord>>> byProject = new HashMap<>();
        Instant receivedAt = Instant.now();
        for (Feed feed : Feed.values()) {
            Path file = dir.resolve(feed.fileName());
            if (!Files.exists(file)) {
                continue;
            }
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                long number = 0;
                while ((line = in.readLine()) != null) {
                    DecodedRecord decoded = decoder.decodeLine(feed, line.getBytes(StandardCharsets.UTF_8),
                            file.toString(), ++number, receivedAt);
                    if (decoded instanceof FeedRecord record) {
                        byProject.computeIfAbsent(record.event().projectId(), p -> new TreeMap<>())
                                .computeIfAbsent(record.event().eventTime().toEpochMilli(), t -> new ArrayList<>())
                                .add(record);
                    }
                }
            }
        }
        return byProject;
    }

    /** DetectionFunction's loop over one project's instants and the midnights between them. */
    private static int judge(String projectId, TreeMap<Long, List<FeedRecord>> instants, long asOf) {
        RuleThresholds thresholds = RuleThresholds.DEFAULTS;
        RuleEngine engine = RuleEngine.get();
        ProjectDetector detector = new ProjectDetector(projectId);
        int states = 0;
        long now = instants.firstKey();
        while (now <= asOf) {
            List<FeedRecord> due = instants.get(now);
            long midnight = Calendar.nextMidnight(Instant.ofEpochMilli(now)).toEpochMilli();
            if (due == null) {
                states += detector.evaluate(Instant.ofEpochMilli(now), thresholds, engine).size();
            } else {
                detector.apply(due);
                if (Calendar.midnight(Calendar.day(Instant.ofEpochMilli(now))).toEpochMilli() == now
                        || detector.mayChangeAlerts(due, Instant.ofEpochMilli(now), thresholds)) {
                    states += detector.evaluate(Instant.ofEpochMilli(now), thresholds, engine).size();
                }
            }
            Long next = instants.higherKey(now);
            now = next == null ? midnight : Math.min(next, midnight);
        }
        return states;
    }
}
