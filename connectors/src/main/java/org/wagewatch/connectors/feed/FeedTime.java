package org.wagewatch.connectors.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Strict parsers for the feeds' time formats (DOMAIN.md §3) and the zone calendar days are taken in.
 *
 * <p>Hand-written rather than {@link java.time.format.DateTimeFormatter} because the contract is
 * narrower than ISO-8601 ({@code +0800} and {@code +08} are rejected) and these run once per punch.
 */
public final class FeedTime {

    /** Calendar days and months are taken in this zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private FeedTime() {}

    /**
     * Parses {@code yyyy-MM-ddTHH:mm[:ss[.fraction]]} followed by {@code Z} or {@code ±HH:MM}.
     *
     * @return the instant, or {@code null} if the text is not such a timestamp
     */
    public static Instant parseTimestamp(String s) {
        int n = s.length();
        if (n < 17 || s.charAt(10) != 'T' || s.charAt(13) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = dashThenDigits(s, 4, 2);
        int day = dashThenDigits(s, 7, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        if ((year | month | day | hour | minute) < 0) {
            return null;
        }
        int pos = 16;
        int second = 0;
        int nano = 0;
        if (pos < n && s.charAt(pos) == ':') {
            second = digits(s, pos + 1, 2);
            if (second < 0) {
                return null;
            }
            pos += 3;
            if (pos < n && s.charAt(pos) == '.') {
                int start = ++pos;
                while (pos < n && isDigit(s.charAt(pos)) && pos - start < 9) {
                    nano = nano * 10 + (s.charAt(pos++) - '0');
                }
                int fractionDigits = pos - start;
                if (fractionDigits == 0) {
                    return null;
                }
                for (int i = fractionDigits; i < 9; i++) {
                    nano *= 10;
                }
            }
        }
        ZoneOffset offset = parseOffset(s, pos);
        if (offset == null) {
            return null;
        }
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)
                || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        // Arithmetic instead of LocalDateTime: this runs once per gate punch.
        long epochSecond = LocalDate.of(year, month, day).toEpochDay() * 86_400L
                + hour * 3600 + minute * 60 + second - offset.getTotalSeconds();
        return Instant.ofEpochSecond(epochSecond, nano);
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Parses {@code yyyy-MM-dd}; {@code null} if malformed or not a calendar date. */
    public static LocalDate parseDate(String s) {
        if (s.length() != 10) {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = dashThenDigits(s, 4, 2);
        int day = dashThenDigits(s, 7, 2);
        if ((year | month | day) < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Parses {@code yyyy-MM}; {@code null} if malformed. */
    public static YearMonth parseMonth(String s) {
        if (s.length() != 7) {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = dashThenDigits(s, 4, 2);
        if ((year | month) < 0 || month < 1 || month > 12) {
            return null;
        }
        return YearMonth.of(year, month);
    }

    private static ZoneOffset parseOffset(String s, int pos) {
        int remaining = s.length() - pos;
        if (remaining == 1 && s.charAt(pos) == 'Z') {
            return ZoneOffset.UTC;
        }
        if (remaining != 6 || s.charAt(pos + 3) != ':') {
            return null;
        }
        char sign = s.charAt(pos);
        int hours = digits(s, pos + 1, 2);
        int minutes = digits(s, pos + 4, 2);
        if ((sign != '+' && sign != '-') || hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
            return null;
        }
        try {
            return sign == '+'
                    ? ZoneOffset.ofHoursMinutes(hours, minutes)
                    : ZoneOffset.ofHoursMinutes(-hours, -minutes);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int dashThenDigits(String s, int pos, int count) {
        return s.charAt(pos) == '-' ? digits(s, pos + 1, count) : -1;
    }

    /** The value of {@code count} ASCII digits at {@code pos}, or -1. */
    private static int digits(String s, int pos, int count) {
        if (pos + count > s.length()) {
            return -1;
        }
        int value = 0;
        for (int i = pos; i < pos + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
