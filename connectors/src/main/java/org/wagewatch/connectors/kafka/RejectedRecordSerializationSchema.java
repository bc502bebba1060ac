package org.wagewatch.connectors.kafka;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.wagewatch.connectors.feed.FeedTime;
import org.wagewatch.connectors.feed.RejectedRecord;
import org.wagewatch.connectors.mask.Masking;

/** Writes rejected records (DOMAIN.md §7) to {@code ww.rejected} as JSON, raw text masked, keyed by feed. */
public final class RejectedRecordSerializationSchema implements KafkaRecordSerializationSchema<RejectedRecord> {

    private static final long serialVersionUID = 1L;
    private static final JsonFactory JSON = new JsonFactory();

    private final String topic;

    public RejectedRecordSerializationSchema(String topic) {
        this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(RejectedRecord record, KafkaSinkContext context, Long timestamp) {
        return new ProducerRecord<>(topic, null, timestamp,
                record.feed().feedName().getBytes(StandardCharsets.UTF_8), toJson(record));
    }

    /** The JSON form of a rejected record, as on {@code ww.rejected} and in a replay's rejects file. */
    public static byte[] toJson(RejectedRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            write(record, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(RejectedRecord r, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("feed", r.feed().feedName());
        json.writeStringField("reason", r.reason());
        json.writeStringField("raw", Masking.rawRecord(r.feed(), r.raw()));
        if (r.topic() != null) {
            json.writeStringField("topic", r.topic());
            json.writeNumberField("partition", r.partition());
            json.writeNumberField("offset", r.offset());
        } else {
            json.writeStringField("file", r.file());
            json.writeNumberField("line", r.line());
        }
        json.writeStringField("receivedAt", OffsetDateTime.ofInstant(r.receivedAt(), FeedTime.ZONE).toString());
        json.writeEndObject();
    }
}
