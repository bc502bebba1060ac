package org.wagewatch.jobs.detect;

import java.nio.ByteBuffer;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.util.FlinkRuntimeException;
import org.wagewatch.rules.state.PunchLedger;

/**
 * The current project's punches in Flink keyed map state, one entry per eventId: with RocksDB a
 * lookup reads one punch, not the whole project. Each value is the punch's month (as months since
 * year 0) followed by its raw text.
 */
final class KeyedPunches implements PunchLedger {

    private static final int MONTH_BYTES = Integer.BYTES;

    private final MapState<String, byte[]> punches;

    KeyedPunches(MapState<String, byte[]> punches) {
        this.punches = punches;
    }

    @Override
    public byte[] find(String eventId) {
        try {
            byte[] value = punches.get(eventId);
            return value == null ? null : Arrays.copyOfRange(value, MONTH_BYTES, value.length);
        } catch (Exception e) {
            throw new FlinkRuntimeException("cannot read the punch " + eventId + " from state", e);
        }
    }

    @Override
    public void keep(String eventId, YearMonth month, byte[] raw) {
        byte[] value = ByteBuffer.allocate(MONTH_BYTES + raw.length).putInt(monthNumber(month)).put(raw).array();
        try {
            punches.put(eventId, value);
        } catch (Exception e) {
            throw new FlinkRuntimeException("cannot write the punch " + eventId + " to state", e);
        }
    }

    @Override
    public void forgetBefore(YearMonth month) {
        int first = monthNumber(month);
        try {
            Iterator<Map.Entry<String, byte[]>> entries = punches.iterator();
            while (entries.hasNext()) {
                if (ByteBuffer.wrap(entries.next().getValue()).getInt() < first) {
                    entries.remove();
                }
            }
        } catch (Exception e) {
            throw new FlinkRuntimeException("cannot drop old punches from state", e);
        }
    }

    private static int monthNumber(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }
}
