package org.wagewatch.rules.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.wagewatch.connectors.feed.Attendance;
import org.wagewatch.connectors.feed.FeedEvent;
import org.wagewatch.connectors.feed.FeedRecord;

/** Feed records built in tests, as the detector receives them. */
public final class TestRecords {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestRecords() {}

    /**
     * The event with a raw text: a punch's is its JSON, as the state keeps punches as raw text;
     * other events carry none, as no tie of theirs needs breaking.
     */
    public static FeedRecord of(FeedEvent event) {
        return new FeedRecord(event, event instanceof Attendance punch ? json(punch) : new byte[0]);
    }

    private static byte[] json(Attendance punch) {
        ObjectNode node = JSON.createObjectNode()
                .put("eventId", punch.eventId())
                .put("projectId", punch.projectId())
                .put("workerId", punch.workerId())
                .put("direction", punch.direction().name())
                .put("time", punch.time().toString());
        if (punch.deviceId() != null) {
            node.put("deviceId", punch.deviceId());
        }
        if (punch.method() != null) {
            node.put("method", punch.method().name());
        }
        try {
            return JSON.writeValueAsBytes(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
