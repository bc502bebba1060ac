package org.wagewatch.connectors.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.wagewatch.connectors.testing.SharedServices;
import org.wagewatch.connectors.testing.Sockets;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Tests for {@link LocalKafka}. */
@Timeout(120)
class LocalKafkaTest {

    private static final byte[] PAYMENT =
            utf8("{\"project\":\"P-001\",\"worker\":\"W-042\",\"amount\":\"5200.00\"}");

    @Test
    void shouldDeliverProducedRecordsToConsumer() throws Exception {
        LocalKafka kafka = SharedServices.kafka();
        kafka.createTopics(1, "round-trip");

        kafka.produce("round-trip", List.of(PAYMENT));
        kafka.produce(List.of(new ProducerRecord<>("round-trip", utf8("W-042"), PAYMENT)));

        List<ConsumerRecord<byte[], byte[]>> records = consume(kafka, "round-trip", 2);
        assertThat(records).extracting(ConsumerRecord::value).containsExactly(PAYMENT, PAYMENT);
        assertThat(records).extracting(ConsumerRecord::key).containsExactly(null, utf8("W-042"));
    }

    @Test
    void shouldCreateTopicsOnceWithRequestedPartitions() throws Exception {
        LocalKafka kafka = SharedServices.kafka();

        kafka.createTopics(3, "payments", "attendance");
        kafka.createTopics(3, "payments");
        kafka.createTopics("defaulted");

        Map<String, TopicDescription> topics =
                describe(kafka, "payments", "attendance", "defaulted");
        assertThat(topics.get("payments").partitions()).hasSize(3);
        assertThat(topics.get("attendance").partitions()).hasSize(3);
        assertThat(topics.get("defaulted").partitions()).hasSize(1);
    }

    @Test
    void shouldUseConfiguredDefaultPartitions() throws Exception {
        try (LocalKafka kafka = LocalKafka.start(4)) {
            kafka.createTopics("defaulted");

            assertThat(describe(kafka, "defaulted").get("defaulted").partitions()).hasSize(4);
        }
    }

    @Test
    void shouldReleasePortWhenClosed() throws Exception {
        LocalKafka kafka = LocalKafka.start();
        int port = Integer.parseInt(kafka.bootstrapServers().split(":")[1]);
        assertThat(Sockets.isFree(port)).isFalse();

        kafka.close();
        kafka.close();

        assertThat(Sockets.isFree(port)).isTrue();
    }

    private static List<ConsumerRecord<byte[], byte[]>> consume(
            LocalKafka kafka, String topic, int count) {
        Map<String, Object> config =
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "local-kafka-test",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(
                        config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (records.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static Map<String, TopicDescription> describe(LocalKafka kafka, String... topics)
            throws Exception {
        try (Admin admin =
                Admin.create(
                        Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                kafka.bootstrapServers()))) {
            return admin.describeTopics(List.of(topics)).allTopicNames().get();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
