package org.wagewatch.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tests for {@link WagewatchCli}: exit statuses and messages of DOMAIN.md §9. */
class WagewatchCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureOutput() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void shouldListTheCommandsInHelp() {
        assertThat(WagewatchCli.execute("--help")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Commands:", "demo ");
    }

    @Test
    void shouldExitWith2AndOneLineForAnUnknownCommand() {
        assertThat(WagewatchCli.execute("frobnicate")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("wagewatch: Unmatched argument at index 0: 'frobnicate' (see ./wagewatch --help)\n");
    }

    @Test
    void shouldExitWith2ForAnUnusableOption() {
        assertThat(WagewatchCli.execute("demo", "--duration", "soon")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("wagewatch: Invalid value for option '--duration'")
                .hasLineCount(1);
    }

    @Test
    void shouldExitWith2WithoutACommand() {
        assertThat(WagewatchCli.execute()).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).endsWith("wagewatch: a command is required (see ./wagewatch --help)\n");
    }
}
