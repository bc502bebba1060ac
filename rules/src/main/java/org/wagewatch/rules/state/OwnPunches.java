package org.wagewatch.rules.state;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** The punches a project's state keeps itself, by month so that retention drops whole months. */
final class OwnPunches implements PunchLedger, Serializable {

    private static final long serialVersionUID = 1L;

    private final TreeMap<YearMonth, Map<String, byte[]>> byMonth = new TreeMap<>();

    @Override
    public byte[] find(String eventId) {
        for (Map<String, byte[]> month : byMonth.values()) {
            byte[] raw = month.get(eventId);
            if (raw != null) {
                return raw;
            }
        }
        return null;
    }

    @Override
    public void keep(String eventId, YearMonth month, byte[] raw) {
        for (Map<String, byte[]> punches : byMonth.values()) {
            punches.remove(eventId);
        }
        byMonth.computeIfAbsent(month, m -> new HashMap<>()).put(eventId, raw);
    }

    @Override
    public void forgetBefore(YearMonth month) {
        byMonth.headMap(month).clear();
    }
}
