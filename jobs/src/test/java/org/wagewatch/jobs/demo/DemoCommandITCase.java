package org.wagewatch.jobs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wagewatch.connectors.testing.TcpForwarder;
import org.wagewatch.jobs.cli.WagewatchCli;

/** {@code ./wagewatch demo} end to end: its own Kafka, ClickHouse and job, the sample city, a clean stop. */
class DemoCommandITCase {

    @Test
    void shouldRunTheSampleCityAndStopByItself() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            exit = WagewatchCli.execute("demo", "--duration", "PT25S", "--summary-every", "PT2S",
                    "--metrics-port", String.valueOf(TcpForwarder.freePort()));
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        List<String> summaries = output.lines().filter(line -> line.matches("\\d\\d:\\d\\d:\\d\\d  projects .*")).toList();

        assertThat(exit).as(output).isZero();
        assertThat(output).contains("wagewatch demo is running", "clickhouse-client --port", "/metrics");
        assertThat(summaries).as(output).isNotEmpty();
        assertThat(summaries.get(summaries.size() - 1)).as(output)
                .contains("projects 3 ", "account_txns 2 ", "complaints 1 ", "rejected_records 8", "open alerts ", "RED ");
    }
}
