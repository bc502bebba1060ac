package org.wagewatch.connectors.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.query.QueryResponse;
import com.clickhouse.client.api.query.QuerySettings;
import com.clickhouse.data.ClickHouseFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.wagewatch.connectors.testing.SharedServices;
import org.wagewatch.connectors.testing.Sockets;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Tests for {@link LocalClickHouse}. */
@Timeout(120)
class LocalClickHouseTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void jobUserShouldCreateInsertAndSelect() throws Exception {
        try (Client job = jobClient()) {
            createPaymentsTable(job, "job_payments");

            assertThat(query(job, "SELECT project, amount FROM job_payments FORMAT JSONEachRow"))
                    .isEqualTo("{\"project\":\"P-001\",\"amount\":5200.00}\n");
        }
    }

    @Test
    void analystShouldSelectAndPassSettings() throws Exception {
        LocalClickHouse clickHouse = SharedServices.clickHouse();
        try (Client job = jobClient();
                Client analyst =
                        client(
                                clickHouse,
                                LocalClickHouse.ANALYST_USER,
                                clickHouse.analystPassword())) {
            createPaymentsTable(job, "analyst_payments");

            assertThat(query(analyst, "SELECT count() FROM analyst_payments FORMAT JSONEachRow"))
                    .isEqualTo("{\"count()\":\"1\"}\n");
            QuerySettings twoThreads = new QuerySettings().serverSetting("max_threads", "2");
            String maxThreads =
                    "SELECT value FROM system.settings"
                            + " WHERE name = 'max_threads' FORMAT JSONEachRow";
            assertThat(query(analyst, maxThreads, twoThreads)).isEqualTo("{\"value\":\"2\"}\n");
        }
    }

    @Test
    void analystShouldNotWrite() throws Exception {
        LocalClickHouse clickHouse = SharedServices.clickHouse();
        try (Client job = jobClient()) {
            createPaymentsTable(job, "readonly_payments");
        }
        String user = LocalClickHouse.ANALYST_USER;
        String password = clickHouse.analystPassword();

        HttpResponse<String> insert =
                post(
                        clickHouse,
                        user,
                        password,
                        "INSERT INTO readonly_payments VALUES ('P-002', 1)");
        HttpResponse<String> create =
                post(clickHouse, user, password, "CREATE TABLE sneaky (x UInt8) ENGINE = Memory");

        assertThat(insert.body()).contains("Code: 164").contains("readonly mode");
        assertThat(create.body()).contains("Code: 164").contains("readonly mode");
    }

    @Test
    void shouldRefuseWrongPasswordAndAnonymousUser() throws Exception {
        LocalClickHouse clickHouse = SharedServices.clickHouse();

        HttpResponse<String> wrongPassword =
                post(clickHouse, LocalClickHouse.JOB_USER, "not-the-password", "SELECT 1");
        HttpResponse<String> anonymous =
                HTTP.send(
                        HttpRequest.newBuilder(URI.create(clickHouse.httpUrl() + "/"))
                                .POST(HttpRequest.BodyPublishers.ofString("SELECT 1"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(wrongPassword.statusCode()).isNotEqualTo(200);
        assertThat(wrongPassword.body()).contains("Code: 193").contains("Wrong password");
        assertThat(anonymous.statusCode()).isNotEqualTo(200);
        assertThat(anonymous.body()).contains("Code: 192").contains("Unknown user default");
    }

    @Test
    void shouldStopServerAndReleasePortsWhenClosed() throws Exception {
        LocalClickHouse clickHouse = LocalClickHouse.start();
        ProcessHandle server = ProcessHandle.of(clickHouse.serverPid()).orElseThrow();
        assertThat(server.info().command())
                .hasValueSatisfying(c -> assertThat(c).contains("clickhouse"));

        clickHouse.close();
        clickHouse.close();

        assertThat(server.isAlive()).isFalse();
        assertThat(Sockets.isFree(clickHouse.httpPort())).isTrue();
        assertThat(Sockets.isFree(clickHouse.tcpPort())).isTrue();
        assertThat(clickHouse.dataDir()).doesNotExist();
    }

    @Test
    void shouldStopServerWhenItsJvmIsKilled() throws Exception {
        Process jvm =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                KilledJvmMain.class.getName())
                        .redirectErrorStream(true)
                        .start();
        String[] started = awaitStartedLine(jvm).split(" ");
        ProcessHandle server = ProcessHandle.of(Long.parseLong(started[1])).orElseThrow();
        int httpPort = Integer.parseInt(started[2]);
        Path dir = Path.of(started[3]);

        jvm.destroyForcibly().waitFor();

        assertThat(server.onExit()).succeedsWithin(Duration.ofSeconds(10));
        assertThat(Sockets.isFree(httpPort)).isTrue();
        // The watchdog deletes the directory right after the server exits.
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (Files.exists(dir) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(dir).doesNotExist();
    }

    @Test
    void shouldExplainHowToInstallMissingServer() {
        assertThatThrownBy(
                        () ->
                                LocalClickHouse.findServerCommand(
                                        "/nonexistent/bin",
                                        List.of(List.of("/nonexistent/sbin/clickhouse-server"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "clickhouse-server not found: install it with"
                                + " `apt-get install -y clickhouse-server`");
    }

    private static Client jobClient() {
        LocalClickHouse clickHouse = SharedServices.clickHouse();
        return client(clickHouse, LocalClickHouse.JOB_USER, clickHouse.jobPassword());
    }

    private static Client client(LocalClickHouse clickHouse, String user, String password) {
        // 18.16 answers compressed requests with an empty body, so compression must stay off.
        return new Client.Builder()
                .addEndpoint(clickHouse.httpUrl())
                .setUsername(user)
                .setPassword(password)
                .compressServerResponse(false)
                .build();
    }

    /** Creates {@code table} with one row; LowCardinality checks the job profile's settings. */
    private static void createPaymentsTable(Client job, String table) throws Exception {
        job.query(
                        "CREATE TABLE "
                                + table
                                + " (project LowCardinality(String), amount Decimal(18, 2))"
                                + " ENGINE = MergeTree ORDER BY project")
                .get(10, TimeUnit.SECONDS)
                .close();
        byte[] row =
                "{\"project\":\"P-001\",\"amount\":5200.00}\n".getBytes(StandardCharsets.UTF_8);
        job.insert(table, new ByteArrayInputStream(row), ClickHouseFormat.JSONEachRow)
                .get(10, TimeUnit.SECONDS)
                .close();
    }

    private static String query(Client client, String sql) throws Exception {
        return query(client, sql, new QuerySettings());
    }

    private static String query(Client client, String sql, QuerySettings settings)
            throws Exception {
        try (QueryResponse response = client.query(sql, settings).get(10, TimeUnit.SECONDS)) {
            return new String(response.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Plain HTTP, because client-v2 cannot read 18.16's error messages. */
    private static HttpResponse<String> post(
            LocalClickHouse clickHouse, String user, String password, String sql)
            throws IOException, InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(clickHouse.httpUrl() + "/"))
                        .header("X-ClickHouse-User", user)
                        .header("X-ClickHouse-Key", password)
                        .POST(HttpRequest.BodyPublishers.ofString(sql))
                        .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String awaitStartedLine(Process jvm) throws IOException {
        BufferedReader output =
                new BufferedReader(
                        new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith(KilledJvmMain.STARTED + " ")) {
                return line;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("The child JVM exited before starting ClickHouse:\n" + seen);
    }
}
