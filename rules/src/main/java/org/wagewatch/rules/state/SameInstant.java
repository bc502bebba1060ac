package org.wagewatch.rules.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wagewatch.connectors.feed.AccountTxn;
import org.wagewatch.connectors.feed.Attendance;
import org.wagewatch.connectors.feed.Complaint;
import org.wagewatch.connectors.feed.FeedEvent;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.connectors.feed.Payment;
import org.wagewatch.connectors.feed.PaymentStatus;
import org.wagewatch.connectors.feed.Project;
import org.wagewatch.connectors.feed.Worker;

/**
 * Settles ties among records that share a key and a timestamp (DOMAIN.md §3, "Versions and ties"):
 * at one paidAt FAILED and RETURNED replace SUCCESS; any other tie goes to the greater raw text,
 * compared as UTF-8 bytes. So the outcome never depends on arrival order.
 */
public final class SameInstant {

    private SameInstant() {}

    /** The records of one instant, one per key, in the order their keys first appeared. */
    public static List<FeedEvent> settle(List<FeedRecord> records) {
        if (records.size() == 1) {
            return List.of(records.get(0).event());
        }
        Map<String, FeedRecord> winners = new LinkedHashMap<>();
        for (FeedRecord record : records) {
            winners.merge(key(record.event()), record, SameInstant::winner);
        }
        List<FeedEvent> events = new ArrayList<>(winners.size());
        winners.values().forEach(r -> events.add(r.event()));
        return events;
    }

    private static FeedRecord winner(FeedRecord a, FeedRecord b) {
        if (a.event() instanceof Payment pa && b.event() instanceof Payment pb) {
            boolean aSuccess = pa.status() == PaymentStatus.SUCCESS;
            boolean bSuccess = pb.status() == PaymentStatus.SUCCESS;
            if (aSuccess != bSuccess) {
                return aSuccess ? b : a;
            }
        }
        return a.compareRaw(b) >= 0 ? a : b;
    }

    private static String key(FeedEvent event) {
        if (event instanceof Attendance a) {
            return "attendance|" + a.eventId();
        } else if (event instanceof Payment p) {
            return "payment|" + p.paymentId();
        } else if (event instanceof Worker w) {
            return "worker|" + w.workerId();
        } else if (event instanceof Project p) {
            return "project|" + p.projectId();
        } else if (event instanceof AccountTxn t) {
            return "txn|" + t.txnId();
        }
        return "complaint|" + ((Complaint) event).complaintId();
    }
}
