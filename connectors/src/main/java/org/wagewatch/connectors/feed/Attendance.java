package org.wagewatch.connectors.feed;

import java.time.Instant;

/** A gate punch from a smart-site device. */
public record Attendance(
        String eventId,
        String projectId,
        String workerId,
        String deviceId,
        Direction direction,
        Instant time,
        PunchMethod method)
        implements FeedEvent {

    @Override
    public Feed feed() {
        return Feed.ATTENDANCE;
    }

    @Override
    public Instant eventTime() {
        return time;
    }
}
