package org.wagewatch.connectors.feed;

import java.math.BigDecimal;
import java.time.Instant;

/** A complaint or clue; {@code projectId} is {@code null} when the caller did not know it. */
public record Complaint(
        String complaintId,
        Instant receivedAt,
        String projectId,
        ComplaintChannel channel,
        int workerCount,
        BigDecimal amountClaimed,
        String summary)
        implements FeedEvent {

    @Override
    public Feed feed() {
        return Feed.COMPLAINTS;
    }

    @Override
    public Instant eventTime() {
        return receivedAt;
    }
}
