package org.wagewatch.connectors.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wagewatch.connectors.feed.Feed;
import org.wagewatch.connectors.feed.FeedDecoder;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.connectors.feed.FeedSamples;

class FeedRecordSerializerTest {

    private static final FeedRecordSerializer SERIALIZER = FeedRecordSerializer.INSTANCE;

    /** Every feed's sample, and each with its optional fields absent, so nulls travel too. */
    static Stream<Arguments> samples() {
        List<Arguments> samples = new ArrayList<>();
        for (Feed feed : Feed.values()) {
            samples.add(Arguments.of(feed, FeedSamples.sample(feed)));
        }
        samples.add(Arguments.of(Feed.PROJECTS, FeedSamples.without(FeedSamples.PROJECT, "constructionUnit")));
        samples.add(Arguments.of(Feed.PROJECTS,
                FeedSamples.with(FeedSamples.PROJECT, "generalContractor", "{\"creditCode\":\"91330100MA2YYYYY2B\"}")));
        samples.add(Arguments.of(Feed.WORKERS, FeedSamples.without(FeedSamples.WORKER, "bankCardNo")));
        samples.add(Arguments.of(Feed.PAYROLL,
                FeedSamples.with(FeedSamples.PAYMENT, "amount", "123456789012.34")));
        samples.add(Arguments.of(Feed.COMPLAINTS,
                FeedSamples.with(FeedSamples.COMPLAINT, "summary", "\"" + "欠薪".repeat(40_000) + "\"")));
        return samples.stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void shouldGiveBackTheSameEventAndRawText(Feed feed, String json) throws Exception {
        FeedRecord record = decode(feed, json);

        DataOutputSerializer out = new DataOutputSerializer(256);
        SERIALIZER.serialize(record, out);
        FeedRecord back = SERIALIZER.deserialize(new DataInputDeserializer(out.getSharedBuffer(), 0, out.length()));

        assertThat(back).isEqualTo(record);
        assertThat(back.event().getClass()).isEqualTo(record.event().getClass());
    }

    @Test
    void shouldCopyARecordFromViewToView() throws Exception {
        FeedRecord record = decode(Feed.PROJECTS, FeedSamples.PROJECT);
        DataOutputSerializer first = new DataOutputSerializer(256);
        SERIALIZER.serialize(record, first);
        DataOutputSerializer second = new DataOutputSerializer(256);

        SERIALIZER.copy(new DataInputDeserializer(first.getSharedBuffer(), 0, first.length()), second);

        assertThat(SERIALIZER.deserialize(new DataInputDeserializer(second.getSharedBuffer(), 0, second.length())))
                .isEqualTo(record);
    }

    private static FeedRecord decode(Feed feed, String json) {
        return (FeedRecord) new FeedDecoder(Integer.MAX_VALUE).decodeLine(feed,
                FeedSamples.compact(json).getBytes(StandardCharsets.UTF_8), "test", 1, Instant.EPOCH);
    }
}
