package org.wagewatch.jobs.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wagewatch.connectors.feed.FeedTime;
import org.wagewatch.jobs.alerts.AlertJson;
import org.wagewatch.rules.alert.Alert;
import org.wagewatch.rules.config.RuleThresholds;

/**
 * The hand-written cities under {@code replay/}: each folder's feeds, replayed as of its
 * {@code as-of.txt}, must give exactly the alerts of its {@code expected-alerts.jsonl}.
 */
class ReplayCorpusITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a case pins down of each alert (alertId follows from rule, project and period). */
    record Expected(String ruleId, String projectId, String period, String level, String status, int affectedWorkers,
            BigDecimal amount, Instant detectedAt, Instant updatedAt) {

        static Expected of(JsonNode a) {
            return new Expected(a.get("ruleId").asText(), a.get("projectId").asText(), a.get("period").asText(),
                    a.get("level").asText(), a.get("status").asText(), a.get("affectedWorkers").asInt(),
                    a.get("amount").decimalValue().setScale(2), instant(a.get("detectedAt").asText()),
                    instant(a.get("updatedAt").asText()));
        }

        static Expected of(Alert a) throws IOException {
            return of(JSON.readTree(AlertJson.toBytes(a)));
        }
    }

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> dirs = Files.list(corpus())) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldRaiseExactlyTheExpectedAlerts(String name) throws Exception {
        Path dir = corpus().resolve(name);
        Instant asOf = instant(Files.readString(dir.resolve("as-of.txt")).trim());

        ReplayJob.Result result = new ReplayJob(dir, asOf, RuleThresholds.DEFAULTS)
                .run(StreamExecutionEnvironment.getExecutionEnvironment(), asOf);

        List<Expected> expected = Files.readAllLines(dir.resolve("expected-alerts.jsonl")).stream()
                .filter(line -> !line.isBlank())
                .map(ReplayCorpusITCase::parse)
                .map(Expected::of)
                .toList();
        List<Expected> actual = result.alerts().stream().map(ReplayCorpusITCase::expectedOf).toList();
        assertThat(actual).as("alerts of %s", name).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static Expected expectedOf(Alert alert) {
        try {
            return Expected.of(alert);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("bad expected alert: " + line, e);
        }
    }

    private static Instant instant(String text) {
        Instant instant = FeedTime.parseTimestamp(text);
        if (instant == null) {
            throw new IllegalArgumentException("not a timestamp with an offset: " + text);
        }
        return instant;
    }

    private static Path corpus() throws URISyntaxException {
        return Path.of(ReplayCorpusITCase.class.getResource("/replay").toURI());
    }
}
