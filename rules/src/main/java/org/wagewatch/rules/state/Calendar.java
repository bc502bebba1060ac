package org.wagewatch.rules.state;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.wagewatch.connectors.feed.FeedTime;

/** Local days, months and the deadlines of DOMAIN.md §4, all in Asia/Shanghai. */
public final class Calendar {

    private Calendar() {}

    public static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, FeedTime.ZONE);
    }

    public static YearMonth month(Instant instant) {
        return YearMonth.from(day(instant));
    }

    /** 00:00 local time of {@code day}. */
    public static Instant midnight(LocalDate day) {
        return day.atStartOfDay(FeedTime.ZONE).toInstant();
    }

    /** The first local midnight after {@code instant}. */
    public static Instant nextMidnight(Instant instant) {
        return midnight(day(instant).plusDays(1));
    }

    /**
     * The end of day {@code dayOfMonth} of the month after {@code workMonth}: wages (or labor cost)
     * for a work month are due by then. A payment at 23:59:59 on that day is on time.
     */
    public static Instant deadline(YearMonth workMonth, int dayOfMonth) {
        return midnight(workMonth.plusMonths(1).atDay(dayOfMonth).plusDays(1));
    }

    /** Whole days from 00:00 of {@code day} to {@code now} (negative before it). */
    public static long daysSince(LocalDate day, Instant now) {
        return Math.floorDiv(now.getEpochSecond() - midnight(day).getEpochSecond(), 86_400L);
    }
}
