package org.wagewatch.connectors.clickhouse;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.wagewatch.connectors.feed.FeedTime;

/** Text forms of values as ClickHouse's JSONEachRow reads them on 18.16 and current servers. */
public final class ClickHouseValues {

    private ClickHouseValues() {}

    /** {@code yyyy-MM-dd HH:mm:ss} in Asia/Shanghai, the zone of every DateTime column. */
    public static String dateTime(Instant instant) {
        ZoneOffset offset = FeedTime.ZONE.getRules().getOffset(instant);
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, offset);
        char[] c = new char[19];
        put(c, 0, t.getYear(), 4);
        c[4] = '-';
        put(c, 5, t.getMonthValue(), 2);
        c[7] = '-';
        put(c, 8, t.getDayOfMonth(), 2);
        c[10] = ' ';
        put(c, 11, t.getHour(), 2);
        c[13] = ':';
        put(c, 14, t.getMinute(), 2);
        c[16] = ':';
        put(c, 17, t.getSecond(), 2);
        return new String(c);
    }

    /** A month is stored as the Date of its first day. */
    public static String month(YearMonth month) {
        return month == null ? null : month.atDay(1).toString();
    }

    private static void put(char[] c, int pos, int value, int width) {
        for (int i = pos + width - 1; i >= pos; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
