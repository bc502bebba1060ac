package org.wagewatch.rules.state;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keys by the stamp of their last change: a reader that remembers the stamp it last looked at gets
 * the keys changed since, each once, however often it changed.
 */
final class ChangeJournal implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TreeMap<Long, String> keysByStamp = new TreeMap<>();
    private final Map<String, Long> stamps = new HashMap<>();

    void changed(String key, long stamp) {
        Long previous = stamps.put(key, stamp);
        if (previous != null) {
            keysByStamp.remove(previous);
        }
        keysByStamp.put(stamp, key);
    }

    /** The keys whose last change came after {@code stamp}, oldest first (a view). */
    Collection<String> changedSince(long stamp) {
        return keysByStamp.tailMap(stamp, false).values();
    }
}
