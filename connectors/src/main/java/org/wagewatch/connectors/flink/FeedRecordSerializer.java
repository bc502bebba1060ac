package org.wagewatch.connectors.flink;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.wagewatch.connectors.feed.DecodedRecord;
import org.wagewatch.connectors.feed.Feed;
import org.wagewatch.connectors.feed.FeedDecoder;
import org.wagewatch.connectors.feed.FeedRecord;

/**
 * Serializes a valid record as its feed and raw bytes, and decodes it again on the way in: the
 * raw text is compact, exact and travels anyway (it breaks ties), and decoding is quicker than
 * Kryo's reflection over the decoded record.
 */
public final class FeedRecordSerializer extends TypeSerializerSingleton<FeedRecord> {

    private static final long serialVersionUID = 1L;
    public static final FeedRecordSerializer INSTANCE = new FeedRecordSerializer();

    /** The record was validated once already: size limits do not apply again. */
    private static final FeedDecoder DECODER = new FeedDecoder(Integer.MAX_VALUE);
    private static final Feed[] FEEDS = Feed.values();

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
        target.writeByte(record.event().feed().ordinal());
        target.writeInt(record.raw().length);
        target.write(record.raw());
    }

    @Override
    public FeedRecord deserialize(DataInputView source) throws IOException {
        Feed feed = FEEDS[source.readByte()];
        byte[] raw = new byte[source.readInt()];
        source.readFully(raw);
        DecodedRecord decoded = DECODER.decodeLine(feed, raw, "serialized", 0, java.time.Instant.EPOCH);
        if (!(decoded instanceof FeedRecord record)) {
            throw new IOException("a serialized " + feed.feedName() + " record no longer decodes: " + decoded);
        }
        return record;
    }

    @Override
    public FeedRecord deserialize(FeedRecord reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        target.writeByte(source.readByte());
        int length = source.readInt();
        target.writeInt(length);
        target.write(source, length);
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
