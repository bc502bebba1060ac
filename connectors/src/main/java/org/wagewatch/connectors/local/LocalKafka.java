package org.wagewatch.connectors.local;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import java.util.concurrent.atomic.AtomicBoolean;

/** A single-node KRaft Kafka broker running inside this JVM, for tests and the local demo. */
public final class LocalKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalKafka.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaRaftServer server;
    private final Path dir;
    private final String bootstrapServers;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LocalKafka(KafkaRaftServer server, Path dir, String bootstrapServers) {
        this.server = server;
        this.dir = dir;
        this.bootstrapServers = bootstrapServers;
        this.shutdownHook = LocalSupport.addShutdownHook("local-kafka-shutdown", this::close);
    }

    /** Starts a broker whose topics get one partition unless told otherwise. */
    public static LocalKafka start() throws IOException {
        return start(1);
    }

    /**
     * Starts a broker and returns once it answers clients; topics created without a partition count
     * get {@code defaultPartitions}.
     */
    public static LocalKafka start(int defaultPartitions) throws IOException {
        long started = System.nanoTime();
        int[] ports = LocalSupport.freePorts(2);
        Path dir = Files.createTempDirectory("wagewatch-kafka-");
        Properties props =
                brokerProperties(dir.resolve("kraft-logs"), ports[0], ports[1], defaultPartitions);
        LocalKafka kafka = null;
        try {
            formatStorage(dir, props);
            kafka =
                    new LocalKafka(
                            new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM),
                            dir,
                            "127.0.0.1:" + ports[0]);
            kafka.server.startup();
            kafka.awaitReady();
        } catch (IOException | RuntimeException e) {
            if (kafka != null) {
                kafka.close();
            } else {
                LocalSupport.deleteRecursively(dir);
            }
            throw e;
        }
        LOG.info(
                "Kafka broker ready at {} in {} ms",
                kafka.bootstrapServers,
                (System.nanoTime() - started) / 1_000_000);
        return kafka;
    }

    /** The {@code bootstrap.servers} value for clients, such as {@code 127.0.0.1:40123}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Creates the topics with the broker's default partition count, keeping existing ones. */
    public void createTopics(String... names) {
        createTopics(Optional.empty(), names);
    }

    /** Creates the topics with {@code partitions} partitions, keeping existing ones. */
    public void createTopics(int partitions, String... names) {
        createTopics(Optional.of(partitions), names);
    }

    /** Writes unkeyed values to {@code topic}, returning once the broker acknowledged all. */
    public List<RecordMetadata> produce(String topic, List<byte[]> values) {
        return produce(
                values.stream()
                        .map(value -> new ProducerRecord<byte[], byte[]>(topic, value))
                        .toList());
    }

    /**
     * Writes the records (keys may be null), returning once the broker acknowledged all, with where
     * each one landed, in the order given.
     */
    public List<RecordMetadata> produce(List<ProducerRecord<byte[], byte[]>> records) {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            records.forEach(record -> sent.add(producer.send(record)));
            producer.flush();
            return sent.stream()
                    .map(future -> LocalSupport.await(
                            future, CLIENT_TIMEOUT, "Producing to " + bootstrapServers))
                    .toList();
        }
    }

    /** Stops the broker and deletes its log directory; later calls do nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LocalSupport.removeShutdownHook(shutdownHook);
        server.shutdown();
        server.awaitShutdown();
        LocalSupport.deleteRecursively(dir);
        LOG.info("Kafka broker at {} stopped", bootstrapServers);
    }

    private static Properties brokerProperties(
            Path logDir, int brokerPort, int controllerPort, int defaultPartitions) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put(
                "listeners",
                "PLAINTEXT://127.0.0.1:%d,CONTROLLER://127.0.0.1:%d"
                        .formatted(brokerPort, controllerPort));
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", String.valueOf(defaultPartitions));
        props.put("auto.create.topics.enable", "false");
        // One broker: every internal topic must be satisfied by a single replica.
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        // The default 50 partitions per internal topic make the first consumer group and
        // transaction slow to start.
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.num.partitions", "1");
        // Tests start one consumer at a time; waiting for more members only delays them.
        props.put("group.initial.rebalance.delay.ms", "0");
        return props;
    }

    /**
     * Formats the log directory as {@code kafka-storage.sh format} does, without its System.exit.
     */
    private static void formatStorage(Path dir, Properties props) throws IOException {
        Path configFile = dir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(configFile)) {
            props.store(out, "LocalKafka");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String[] args = {"format", "-t", Uuid.randomUuid().toString(), "-c", configFile.toString()};
        int exitCode;
        try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(args, printStream);
        }
        if (exitCode != 0) {
            throw new IllegalStateException(
                    "Formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    private void createTopics(Optional<Integer> partitions, String... names) {
        List<NewTopic> topics =
                Arrays.stream(names)
                        .map(name -> new NewTopic(name, partitions, Optional.of((short) 1)))
                        .toList();
        try (Admin admin = admin()) {
            for (Map.Entry<String, ? extends Future<Void>> created :
                    admin.createTopics(topics).values().entrySet()) {
                awaitTopic(created.getKey(), created.getValue());
            }
            awaitMetadata(admin, List.of(names));
        }
    }

    private void awaitReady() {
        try (Admin admin = admin()) {
            LocalSupport.await(
                    admin.describeCluster().nodes(),
                    READY_TIMEOUT,
                    "Waiting for the Kafka broker at "
                            + bootstrapServers
                            + " to answer describeCluster");
        }
    }

    /**
     * A created topic is not at once known to every part of the broker: wait until describing it
     * works, so that whoever created it can use it right away.
     */
    private void awaitMetadata(Admin admin, List<String> topics) {
        long deadline = System.nanoTime() + CLIENT_TIMEOUT.toNanos();
        while (true) {
            try {
                admin.describeTopics(topics).allTopicNames().get(CLIENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw new IllegalStateException("Topics " + topics + " did not become available: " + e.getCause(), e);
                }
            } catch (TimeoutException e) {
                throw new IllegalStateException("Describing topics " + topics + " timed out", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for topics " + topics, e);
            }
            LockSupport.parkNanos(50_000_000L);
        }
    }

    private void awaitTopic(String topic, Future<Void> created) {
        try {
            LocalSupport.await(created, CLIENT_TIMEOUT, "Creating topic " + topic);
        } catch (IllegalStateException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private Admin admin() {
        return Admin.create(
                Map.of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                        (int) CLIENT_TIMEOUT.toMillis()));
    }

    private KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new ByteArraySerializer(),
                new ByteArraySerializer());
    }
}
