package org.wagewatch.jobs.alerts;

import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.wagewatch.rules.alert.Alert;

/** Alert states to {@code ww.alerts}, keyed by alertId so one alert's states stay in order. */
public final class AlertSerializationSchema implements KafkaRecordSerializationSchema<Alert> {

    private static final long serialVersionUID = 1L;

    private final String topic;

    public AlertSerializationSchema(String topic) {
        this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(Alert alert, KafkaSinkContext context, Long timestamp) {
        return new ProducerRecord<>(topic, null, alert.updatedAt().toEpochMilli(),
                alert.alertId().getBytes(StandardCharsets.UTF_8), AlertJson.toBytes(alert));
    }
}
