package org.wagewatch.connectors.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wagewatch.connectors.util.Digests;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A clickhouse-server child process with the project's own config and users. */
public final class LocalClickHouse implements AutoCloseable {

    /** The user the jobs write as: may create tables and insert. */
    public static final String JOB_USER = "wagewatch";

    /** The dashboards' user: reads and may pass query settings, but never writes. */
    public static final String ANALYST_USER = "analyst";

    static final String NOT_FOUND_MESSAGE =
            "clickhouse-server not found: install it with `apt-get install -y clickhouse-server`";

    private static final Logger LOG = LoggerFactory.getLogger(LocalClickHouse.class);
    private static final List<List<String>> WELL_KNOWN_COMMANDS =
            List.of(
                    List.of("/usr/sbin/clickhouse-server"),
                    List.of("/usr/bin/clickhouse", "server"));
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(2);
    private static final Pattern STACK_FRAME = Pattern.compile("^\\d+\\. ");
    private static final int LOG_TAIL_LINES = 10;

    private final Path dir;
    private final int httpPort;
    private final int tcpPort;
    private final int interserverPort;
    private final String jobPassword = randomPassword();
    private final String analystPassword = randomPassword();
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();
    // Set once by launch(); volatile because the shutdown hook may read them from another thread.
    private volatile Process watchdog;
    private volatile ProcessHandle server;

    private LocalClickHouse(Path dir, int[] ports) {
        this.dir = dir;
        this.httpPort = ports[0];
        this.tcpPort = ports[1];
        this.interserverPort = ports[2];
        this.shutdownHook = LocalSupport.addShutdownHook("local-clickhouse-shutdown", this::close);
    }

    /** Starts clickhouse-server on free ports and returns once user wagewatch can query it. */
    public static LocalClickHouse start() throws IOException {
        long started = System.nanoTime();
        List<String> serverCommand = findServerCommand(System.getenv("PATH"), WELL_KNOWN_COMMANDS);
        LocalClickHouse clickHouse =
                new LocalClickHouse(
                        Files.createTempDirectory("wagewatch-clickhouse-"),
                        LocalSupport.freePorts(3));
        try {
            clickHouse.writeConfig();
            clickHouse.launch(serverCommand);
            clickHouse.awaitReady();
        } catch (IOException | RuntimeException e) {
            clickHouse.close();
            throw e;
        }
        LOG.info(
                "ClickHouse ready at {} in {} ms",
                clickHouse.httpUrl(),
                (System.nanoTime() - started) / 1_000_000);
        return clickHouse;
    }

    public int httpPort() {
        return httpPort;
    }

    public int tcpPort() {
        return tcpPort;
    }

    /** The HTTP endpoint, such as {@code http://127.0.0.1:40123}. */
    public String httpUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** The temporary directory holding this server's config, logs and data; close() deletes it. */
    public Path dataDir() {
        return dir;
    }

    /** The pid of the clickhouse-server process (not of its watchdog). */
    public long serverPid() {
        return server.pid();
    }

    /** The password of {@link #JOB_USER}, random for each start. */
    public String jobPassword() {
        return jobPassword;
    }

    /** The password of {@link #ANALYST_USER}, random for each start. */
    public String analystPassword() {
        return analystPassword;
    }

    /** Stops the server, checks that its process is gone and deletes its directory; idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LocalSupport.removeShutdownHook(shutdownHook);
        long stopping = System.nanoTime();
        if (watchdog != null) {
            stopServer();
        }
        LocalSupport.deleteRecursively(dir);
        LOG.info(
                "ClickHouse at {} stopped in {} ms",
                httpUrl(),
                (System.nanoTime() - stopping) / 1_000_000);
    }

    /** The command that runs the server: clickhouse-server on the PATH, else a well-known one. */
    static List<String> findServerCommand(String pathVariable, List<List<String>> wellKnown) {
        Stream<List<String>> onPath =
                pathVariable == null
                        ? Stream.empty()
                        : Arrays.stream(pathVariable.split(File.pathSeparator))
                                .filter(directory -> !directory.isEmpty())
                                .map(directory -> List.of(directory + "/clickhouse-server"));
        return Stream.concat(onPath, wellKnown.stream())
                .filter(command -> Files.isExecutable(Path.of(command.get(0))))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(NOT_FOUND_MESSAGE));
    }

    private void writeConfig() throws IOException {
        Files.createDirectories(dir.resolve("log"));
        Map<String, String> values =
                Map.of(
                        "dir", dir.toString(),
                        "http_port", String.valueOf(httpPort),
                        "tcp_port", String.valueOf(tcpPort),
                        "interserver_port", String.valueOf(interserverPort),
                        "job_password_sha256", Digests.sha256Hex(jobPassword),
                        "analyst_password_sha256", Digests.sha256Hex(analystPassword));
        Files.writeString(
                dir.resolve("config.xml"), fill(resource("clickhouse-config.xml"), values));
        Files.writeString(dir.resolve("users.xml"), fill(resource("clickhouse-users.xml"), values));
    }

    /** Runs the server under a bash watchdog that stops it when this JVM dies, even by SIGKILL. */
    private void launch(List<String> serverCommand) throws IOException {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                "bash",
                                "-c",
                                resource("clickhouse-watchdog.sh"),
                                "clickhouse-watchdog",
                                String.valueOf(ProcessHandle.current().pid()),
                                dir.toString()));
        command.addAll(serverCommand);
        command.add("--config-file=" + dir.resolve("config.xml"));
        watchdog =
                new ProcessBuilder(command)
                        .redirectError(dir.resolve("log/watchdog.log").toFile())
                        .start();
        // The watchdog prints the server's pid first and nothing after, so the pipe never fills up.
        BufferedReader output =
                new BufferedReader(
                        new InputStreamReader(
                                watchdog.getInputStream(), StandardCharsets.US_ASCII));
        String pid = output.readLine();
        if (pid == null) {
            throw new IllegalStateException("The clickhouse-server watchdog failed:\n" + logTail());
        }
        // A handle, not a bare pid: it remembers the start time, so it never kills a reused pid.
        server =
                ProcessHandle.of(Long.parseLong(pid.strip()))
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "clickhouse-server exited at once:\n" + logTail()));
    }

    private void awaitReady() throws IOException {
        HttpClient http =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(HTTP_TIMEOUT)
                        .build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!pingAnswers(http)) {
            if (!watchdog.isAlive()) {
                throw new IllegalStateException(
                        "clickhouse-server exited while starting; its logs end with:\n"
                                + logTail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "clickhouse-server did not answer "
                                + httpUrl()
                                + "/ping within "
                                + READY_TIMEOUT
                                + "; its logs end with:\n"
                                + logTail());
            }
            sleep(Duration.ofMillis(100));
        }
        // Users are loaded before the server listens, so a failure here is a config error, not a
        // slow start.
        HttpResponse<String> selectOne = send(http, jobQuery("SELECT 1"));
        if (selectOne.statusCode() != 200 || !selectOne.body().strip().equals("1")) {
            throw new IllegalStateException(
                    "clickhouse-server answers ping but not SELECT 1 as "
                            + JOB_USER
                            + ": HTTP "
                            + selectOne.statusCode()
                            + " "
                            + selectOne.body().strip());
        }
    }

    private boolean pingAnswers(HttpClient http) throws IOException {
        HttpRequest ping =
                HttpRequest.newBuilder(URI.create(httpUrl() + "/ping"))
                        .timeout(HTTP_TIMEOUT)
                        .build();
        try {
            HttpResponse<String> response = send(http, ping);
            return response.statusCode() == 200 && response.body().strip().equals("Ok.");
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            return false; // not listening yet, or too busy starting to answer in time
        }
    }

    private HttpRequest jobQuery(String sql) {
        return HttpRequest.newBuilder(URI.create(httpUrl() + "/"))
                .timeout(HTTP_TIMEOUT)
                .header("X-ClickHouse-User", JOB_USER)
                .header("X-ClickHouse-Key", jobPassword)
                .POST(HttpRequest.BodyPublishers.ofString(sql))
                .build();
    }

    private void stopServer() {
        // TERM makes the watchdog stop the server and wait for it.
        watchdog.destroy();
        if (!exitsWithin(watchdog.toHandle(), STOP_TIMEOUT)) {
            LOG.warn(
                    "The clickhouse-server watchdog did not stop within {}; killing it",
                    STOP_TIMEOUT);
            watchdog.destroyForcibly();
        }
        // Normally gone already; after a killed watchdog this is the only thing left to stop it.
        if (server != null && server.isAlive()) {
            server.destroyForcibly();
            if (!exitsWithin(server, STOP_TIMEOUT)) {
                throw new IllegalStateException(
                        "clickhouse-server (pid " + server.pid() + ") survived SIGKILL");
            }
        }
    }

    /** The last lines of the server's logs, without stack frames, for exception messages. */
    private String logTail() {
        return Stream.of("clickhouse-server.err.log", "console.log", "watchdog.log")
                .map(name -> dir.resolve("log").resolve(name))
                .map(file -> Map.entry(file.getFileName(), lastLines(file)))
                .filter(tail -> !tail.getValue().isEmpty())
                .map(tail -> tail.getKey() + ":\n" + tail.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static String lastLines(Path file) {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try {
            List<String> lines =
                    new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                            .lines()
                            .filter(line -> !line.isBlank() && !STACK_FRAME.matcher(line).find())
                            .toList();
            return String.join(
                    "\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request)
            throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for clickhouse-server");
        }
    }

    private static void sleep(Duration duration) throws InterruptedIOException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for clickhouse-server");
        }
    }

    private static boolean exitsWithin(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Waiting for pid " + process.pid() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LocalClickHouse.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Resource missing from the classpath: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String fill(String template, Map<String, String> values) {
        String filled = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("${" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
