package org.wagewatch.rules.state;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import org.wagewatch.connectors.feed.FeedTime;

/** Local days, months and the deadlines of DOMAIN.md §4, all in Asia/Shanghai. */
public final class Calendar {

    private static final long SECONDS_PER_DAY = 86_400L;
    /**
     * From this epoch second on the zone keeps one offset for good (Asia/Shanghai since 1991), so
     * days and midnights are plain arithmetic, much cheaper than the zone rules the detector would
     * otherwise consult at every instant it judges.
     */
    private static final long FIXED_FROM;
    private static final int FIXED_OFFSET;

    static {
        ZoneRules rules = FeedTime.ZONE.getRules();
        List<ZoneOffsetTransition> transitions = rules.getTransitions();
        if (!rules.getTransitionRules().isEmpty()) {
            FIXED_FROM = Long.MAX_VALUE;
            FIXED_OFFSET = 0;
        } else if (transitions.isEmpty()) {
            FIXED_FROM = Long.MIN_VALUE;
            FIXED_OFFSET = rules.getOffset(Instant.EPOCH).getTotalSeconds();
        } else {
            ZoneOffsetTransition last = transitions.get(transitions.size() - 1);
            // A day later, so that no local day that starts from here on straddles the change.
            FIXED_FROM = last.toEpochSecond() + SECONDS_PER_DAY;
            FIXED_OFFSET = last.getOffsetAfter().getTotalSeconds();
        }
    }

    private Calendar() {}

    public static LocalDate day(Instant instant) {
        long second = instant.getEpochSecond();
        if (second >= FIXED_FROM) {
            return LocalDate.ofEpochDay(Math.floorDiv(second + FIXED_OFFSET, SECONDS_PER_DAY));
        }
        return LocalDate.ofInstant(instant, FeedTime.ZONE);
    }

    public static YearMonth month(Instant instant) {
        return YearMonth.from(day(instant));
    }

    /** 00:00 local time of {@code day}. */
    public static Instant midnight(LocalDate day) {
        long second = day.toEpochDay() * SECONDS_PER_DAY - FIXED_OFFSET;
        if (second >= FIXED_FROM) {
            return Instant.ofEpochSecond(second);
        }
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
        return Math.floorDiv(now.getEpochSecond() - midnight(day).getEpochSecond(), SECONDS_PER_DAY);
    }
}
