package org.wagewatch.rules.state;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.wagewatch.connectors.feed.FeedEvent;
import org.wagewatch.connectors.feed.FeedRecord;

/**
 * One registry key's records (a project, or a worker on the project) in time order. Of two records
 * at one instant only the one with the greater raw text stays (DOMAIN.md §3), whichever came first.
 */
final class Versions<T extends FeedEvent> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<FeedRecord> records = new ArrayList<>(1);

    /** Adds a version; false if it changes nothing (a copy, or the loser of a tie). */
    boolean insert(FeedRecord record) {
        Instant time = record.event().eventTime();
        int i = records.size();
        while (i > 0 && records.get(i - 1).event().eventTime().isAfter(time)) {
            i--;
        }
        if (i > 0 && records.get(i - 1).event().eventTime().equals(time)) {
            if (record.compareRaw(records.get(i - 1)) <= 0) {
                return false;
            }
            records.set(i - 1, record);
        } else {
            records.add(i, record);
        }
        return true;
    }

    /** The version in force at {@code instant}, or null before the first. */
    @SuppressWarnings("unchecked")
    T at(Instant instant) {
        for (int i = records.size() - 1; i >= 0; i--) {
            if (!records.get(i).event().eventTime().isAfter(instant)) {
                return (T) records.get(i).event();
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    List<T> all() {
        List<T> all = new ArrayList<>(records.size());
        records.forEach(r -> all.add((T) r.event()));
        return all;
    }

    Instant first() {
        return records.isEmpty() ? null : records.get(0).event().eventTime();
    }
}
