package org.wagewatch.jobs.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.wagewatch.connectors.feed.DecodedRecord;
import org.wagewatch.connectors.feed.Feed;
import org.wagewatch.connectors.feed.FeedDecoder;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.rules.config.RuleThresholds;
import org.wagewatch.rules.engine.ProjectDetector;
import org.wagewatch.rules.engine.RuleEngine;
import org.wagewatch.rules.state.PunchLedger;

/**
 * The size of one project's detection state after the big month: its events applied and judged as
 * of the as-of time, then serialized. Usage: {@code StateSize CITY_DIR PROJECT_ID AS_OF}.
 */
public final class StateSize {

    public static void main(String[] args) throws Exception {
        Path city = Path.of(args[0]);
        String projectId = args[1];
        Instant asOf = Instant.parse(args[2]);
        FeedDecoder decoder = new FeedDecoder();
        List<FeedRecord> records = new ArrayList<>();
        for (Feed feed : Feed.values()) {
            Path file = city.resolve(feed.fileName());
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                if (line.contains("\"projectId\":\"" + projectId + "\"")) {
                    DecodedRecord decoded = decoder.decodeLine(feed, line.getBytes(), file.toString(), 0, asOf);
                    if (decoded instanceof FeedRecord record && !record.event().eventTime().isAfter(asOf)) {
                        records.add(record);
                    }
                }
            }
        }
        records.sort(java.util.Comparator.comparing(r -> r.event().eventTime()));
        ProjectDetector detector = new ProjectDetector(projectId);
        // As the operator does: punches in their own map state, one entry per eventId.
        Map<String, byte[]> punches = new HashMap<>();
        detector.state().keepPunchesIn(new PunchLedger() {
            @Override
            public byte[] find(String eventId) {
                return punches.get(eventId);
            }

            @Override
            public void keep(String eventId, YearMonth month, byte[] raw) {
                punches.put(eventId, raw);
            }

            @Override
            public void forgetBefore(YearMonth month) {
                throw new UnsupportedOperationException("no retention within one month");
            }
        });
        for (FeedRecord record : records) {
            detector.apply(List.of(record));
        }
        detector.evaluate(asOf, RuleThresholds.DEFAULTS, RuleEngine.get());
        // As Flink writes the "detector" value state into a checkpoint.
        TypeSerializer<ProjectDetector> serializer =
                TypeInformation.of(ProjectDetector.class).createSerializer(new SerializerConfigImpl());
        DataOutputSerializer out = new DataOutputSerializer(1 << 20);
        serializer.serialize(detector, out);
        long punchBytes = punches.entrySet().stream()
                .mapToLong(e -> e.getKey().length() + Integer.BYTES + e.getValue().length).sum();
        System.out.printf("project %s: %d records, detector value %d bytes, %d punches %d bytes, in a checkpoint"
                + " (%d alerts)%n", projectId, records.size(), out.length(), punches.size(), punchBytes,
                detector.alerts().size());
    }
}
