package org.wagewatch.connectors.flink;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.wagewatch.connectors.feed.Feed;
import org.wagewatch.connectors.feed.FeedEvent;
import org.wagewatch.connectors.feed.FeedRecord;

/**
 * Serializes a valid record as its feed, its raw bytes (they break ties) and its decoded fields, so
 * that it need not be decoded and validated again on the way in, nor pass through Kryo.
 */
public final class FeedRecordSerializer extends TypeSerializerSingleton<FeedRecord> {

    private static final long serialVersionUID = 1L;
    public static final FeedRecordSerializer INSTANCE = new FeedRecordSerializer();

    private static final Feed[] FEEDS = Feed.values();
    /** The fields of each feed's event type, in {@link Feed} order. */
    private static final List<RecordFields> FIELDS = Arrays.stream(FEEDS)
            .map(feed -> new RecordFields(feed.eventType()))
            .toList();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public FeedRecord createInstance() {
        return null;
    }

    @Override
    public FeedRecord copy(FeedRecord from) {
        return from;
    }

    @Override
    public FeedRecord copy(FeedRecord from, FeedRecord reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(FeedRecord record, DataOutputView target) throws IOException {
        int feed = record.event().feed().ordinal();
        target.writeByte(feed);
        target.writeInt(record.raw().length);
        target.write(record.raw());
        FIELDS.get(feed).write(record.event(), target);
    }

    @Override
    public FeedRecord deserialize(DataInputView source) throws IOException {
        int feed = source.readByte();
        byte[] raw = new byte[source.readInt()];
        source.readFully(raw);
        return new FeedRecord((FeedEvent) FIELDS.get(feed).read(source), raw);
    }

    @Override
    public FeedRecord deserialize(FeedRecord reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        serialize(deserialize(source), target);
    }

    @Override
    public TypeSerializerSnapshot<FeedRecord> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Snapshot of the serializer: it has no configuration. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<FeedRecord> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
