package org.wagewatch.rules.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wagewatch.connectors.feed.FeedTime;

class CalendarTest {

    /** From 1980, before Asia/Shanghai's last summer time (1986–1991), to 2060. */
    private static final long FROM = Instant.parse("1980-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2060-01-01T00:00:00Z").getEpochSecond();

    @Test
    void shouldGiveTheZoneRulesDayOfEveryInstant() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            Instant instant = Instant.ofEpochSecond(FROM + (long) (random.nextDouble() * (TO - FROM)));
            assertThat(Calendar.day(instant)).as("day of %s", instant)
                    .isEqualTo(LocalDate.ofInstant(instant, FeedTime.ZONE));
        }
    }

    @Test
    void shouldGiveTheZoneRulesMidnightOfEveryDay() {
        for (LocalDate day = LocalDate.of(1980, 1, 1); day.isBefore(LocalDate.of(2060, 1, 1)); day = day.plusDays(1)) {
            assertThat(Calendar.midnight(day)).as("midnight of %s", day)
                    .isEqualTo(day.atStartOfDay(FeedTime.ZONE).toInstant());
        }
    }

    @Test
    void shouldTakeAPunchAt2330UtcAsTheNextLocalDay() {
        assertThat(Calendar.day(Instant.parse("2026-10-31T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(Calendar.nextMidnight(Instant.parse("2026-10-31T15:59:59Z")))
                .isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
    }
}
