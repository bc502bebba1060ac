package org.wagewatch.connectors.feed;

import java.time.Instant;

/**
 * A record that broke the feed contract (DOMAIN.md §7). {@code raw} is cut at 4 KiB but not masked:
 * sinks mask it on the way out. Exactly one of (topic, partition, offset) and (file, line) is set.
 */
public record RejectedRecord(
        Feed feed,
        String raw,
        String reason,
        String topic,
        Integer partition,
        Long offset,
        String file,
        Long line,
        Instant receivedAt)
        implements DecodedRecord {

    public static RejectedRecord fromKafka(
            Feed feed, String raw, String reason, String topic, int partition, long offset, Instant receivedAt) {
        return new RejectedRecord(feed, raw, reason, topic, partition, offset, null, null, receivedAt);
    }

    public static RejectedRecord fromFile(
            Feed feed, String raw, String reason, String file, long line, Instant receivedAt) {
        return new RejectedRecord(feed, raw, reason, null, null, null, file, line, receivedAt);
    }

    @Override
    public String toString() {
        return "RejectedRecord[feed=" + feed.feedName() + ", reason=" + reason + ", topic=" + topic
                + ", partition=" + partition + ", offset=" + offset + ", file=" + file + ", line=" + line + "]";
    }
}
