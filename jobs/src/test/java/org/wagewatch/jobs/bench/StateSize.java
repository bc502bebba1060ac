package org.wagewatch.jobs.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
        for (FeedRecord record : records) {
            detector.apply(List.of(record));
        }
        detector.evaluate(asOf, RuleThresholds.DEFAULTS, RuleEngine.get());
        // As Flink writes the "detector" value state into a checkpoint.
        TypeSerializer<ProjectDetector> serializer =
                TypeInformation.of(ProjectDetector.class).createSerializer(new SerializerConfigImpl());
        DataOutputSerializer out = new DataOutputSerializer(1 << 20);
        serializer.serialize(detector, out);
        System.out.printf("project %s: %d records, state %d bytes in a checkpoint (%d alerts)%n", projectId,
                records.size(), out.length(), detector.alerts().size());
    }
}
