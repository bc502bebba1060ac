package org.wagewatch.jobs.replay;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.wagewatch.connectors.feed.FeedTime;
import org.wagewatch.connectors.feed.RejectedRecord;
import org.wagewatch.connectors.kafka.RejectedRecordSerializationSchema;
import org.wagewatch.jobs.alerts.AlertJson;
import org.wagewatch.rules.alert.Alert;
import org.wagewatch.rules.alert.AlertStatus;
import org.wagewatch.rules.config.RuleThresholds;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./wagewatch replay}: the detection job over feed files, the final alerts as of a time. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Run the detection job over feed files and write every alert's state as of a time.")
public final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--feeds", required = true, paramLabel = "DIR",
            description = "Directory with any of projects.jsonl, workers.jsonl, attendance.jsonl, payroll.jsonl, "
                    + "account-txns.jsonl, complaints.jsonl.")
    Path feeds;

    @Option(names = "--as-of", required = true, paramLabel = "TIME",
            description = "The instant the replay stops at, with an offset, e.g. 2026-11-20T00:00:00+08:00.")
    String asOf;

    @Option(names = "--alerts-out", required = true, paramLabel = "FILE",
            description = "Where to write the final state of every alert, one JSON object per line.")
    Path alertsOut;

    @Option(names = "--rejects-out", paramLabel = "FILE",
            description = "Where to write rejected records (default: the alerts file with .rejects.jsonl).")
    Path rejectsOut;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(feeds)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--feeds: no such directory: " + feeds);
        }
        Instant until = FeedTime.parseTimestamp(asOf);
        if (until == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--as-of: '" + asOf + "' is not a timestamp with an offset, like 2026-11-20T00:00:00+08:00");
        }
        Path rejects = rejectsOut != null ? rejectsOut : defaultRejectsFile(alertsOut);

        ReplayJob.Result result = new ReplayJob(feeds, until, RuleThresholds.DEFAULTS)
                .run(StreamExecutionEnvironment.getExecutionEnvironment(), Instant.now().truncatedTo(ChronoUnit.MILLIS));

        try (OutputStream out = open(alertsOut)) {
            for (Alert alert : result.alerts()) {
                out.write(AlertJson.toBytes(alert));
                out.write('\n');
            }
        }
        try (OutputStream out = open(rejects)) {
            for (RejectedRecord rejected : result.rejected()) {
                out.write(RejectedRecordSerializationSchema.toJson(rejected));
                out.write('\n');
            }
        }
        long open = result.alerts().stream().filter(a -> a.status() == AlertStatus.OPEN).count();
        System.out.printf("replay as of %s: %d alerts (%d open) in %s, %d rejected records in %s%n", asOf,
                result.alerts().size(), open, alertsOut, result.rejected().size(), rejects);
        return 0;
    }

    static Path defaultRejectsFile(Path alerts) {
        String name = alerts.getFileName().toString();
        String base = name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
        return alerts.resolveSibling(base + ".rejects.jsonl");
    }

    private static OutputStream open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedOutputStream(Files.newOutputStream(file));
    }
}
