package org.wagewatch.jobs.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wagewatch.jobs.cli.WagewatchCli;

/** {@code ./wagewatch replay} as DOMAIN.md §9 has it: files in, alerts and rejects out, exit statuses. */
class ReplayCommandITCase {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureErrors() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreErrors() {
        System.setErr(originalErr);
    }

    @Test
    void shouldWriteTheFinalAlertsAndTheRejectsBesideThem() throws Exception {
        Path feeds = Files.createDirectories(dir.resolve("feeds"));
        Files.writeString(feeds.resolve("projects.jsonl"), """
                {"projectId":"P1","name":"x","districtCode":"330106","status":"IN_PROGRESS","startDate":"2026-06-01","payDay":15,"depositRequired":1000,"updatedAt":"2026-10-01T09:00:00+08:00"}

                {"projectId":"P2","name":"y","districtCode":"33010","status":"IN_PROGRESS","startDate":"2026-06-01","payDay":15,"updatedAt":"2026-10-01T09:00:00+08:00"}
                """);
        Path alerts = dir.resolve("out/alerts.jsonl");

        int exit = WagewatchCli.execute("replay", "--feeds", feeds.toString(), "--as-of", "2026-10-02T00:00:00+08:00",
                "--alerts-out", alerts.toString());

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = Files.readAllLines(alerts);
        assertThat(lines).singleElement().asString()
                .contains("\"ruleId\":\"R10\"", "\"status\":\"OPEN\"", "\"amount\":1000.00",
                        "\"detectedAt\":\"2026-10-01T09:00:00+08:00\"");
        assertThat(Files.readAllLines(dir.resolve("out/alerts.rejects.jsonl"))).singleElement().asString()
                .contains("\"feed\":\"projects\"", "\"reason\":\"field 'districtCode' must be 6 digits\"", "\"line\":3");
    }

    @Test
    void shouldWriteEmptyFilesForADirectoryWithoutFeeds() throws Exception {
        Path alerts = dir.resolve("alerts.jsonl");

        int exit = WagewatchCli.execute("replay", "--feeds", Files.createDirectories(dir.resolve("empty")).toString(),
                "--as-of", "2026-10-02T00:00:00+08:00", "--alerts-out", alerts.toString());

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(alerts).isEmptyFile();
        assertThat(dir.resolve("alerts.rejects.jsonl")).isEmptyFile();
    }

    @Test
    void shouldExitWith2ForAMissingDirectoryOrAnUnparseableTime() {
        assertThat(WagewatchCli.execute("replay", "--feeds", dir.resolve("nowhere").toString(), "--as-of",
                "2026-10-02T00:00:00+08:00", "--alerts-out", dir.resolve("a.jsonl").toString())).isEqualTo(2);
        assertThat(WagewatchCli.execute("replay", "--feeds", dir.toString(), "--as-of", "yesterday",
                "--alerts-out", dir.resolve("a.jsonl").toString())).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "wagewatch: --feeds: no such directory: " + dir.resolve("nowhere") + " (see ./wagewatch --help)",
                "wagewatch: --as-of: 'yesterday' is not a timestamp with an offset, like 2026-11-20T00:00:00+08:00"
                        + " (see ./wagewatch --help)");
    }
}
