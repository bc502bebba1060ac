package org.wagewatch.connectors.feed;

import java.util.Arrays;
import org.apache.flink.api.common.typeinfo.TypeInfo;
import org.wagewatch.connectors.flink.FeedRecordTypeInfo;

/**
 * A valid event with the raw bytes it was decoded from. The raw text breaks ties between two
 * records of one key at one timestamp (DOMAIN.md §3: the greater, as UTF-8 bytes, wins).
 */
@TypeInfo(FeedRecordTypeInfo.Factory.class)
public record FeedRecord(FeedEvent event, byte[] raw) implements DecodedRecord {

    /** Compares raw texts as unsigned UTF-8 bytes. */
    public int compareRaw(FeedRecord other) {
        return Arrays.compareUnsigned(raw, other.raw);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeedRecord other && event.equals(other.event) && Arrays.equals(raw, other.raw);
    }

    @Override
    public int hashCode() {
        return 31 * event.hashCode() + Arrays.hashCode(raw);
    }

    /** The raw text may hold personal data. */
    @Override
    public String toString() {
        return "FeedRecord[" + event + "]";
    }
}
