package org.wagewatch.connectors.kafka;

import java.time.Instant;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.wagewatch.connectors.feed.DecodedRecord;
import org.wagewatch.connectors.feed.FeedDecoder;

/**
 * Decodes and validates feed messages inside the Kafka source, so that watermarks are generated per
 * partition from event time. Every message yields exactly one record, valid or rejected.
 */
public final class FeedDeserializationSchema implements KafkaRecordDeserializationSchema<DecodedRecord> {

    private static final long serialVersionUID = 1L;

    private final FeedTopics topics;
    private final FeedDecoder decoder;

    public FeedDeserializationSchema(FeedTopics topics, FeedDecoder decoder) {
        this.topics = topics;
        this.decoder = decoder;
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<DecodedRecord> out) {
        out.collect(decoder.decodeKafka(topics.feed(record.topic()), record.value(), record.topic(),
                record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp())));
    }

    @Override
    public TypeInformation<DecodedRecord> getProducedType() {
        return TypeInformation.of(DecodedRecord.class);
    }
}
