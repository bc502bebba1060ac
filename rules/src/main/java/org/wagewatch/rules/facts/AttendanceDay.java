package org.wagewatch.rules.facts;

import java.time.LocalDate;

/**
 * An ended day's head count against the recent past (R07).
 *
 * @param workday Monday to Saturday
 * @param headCount workers with an IN punch on the day
 * @param priorDays the recent earlier days with attendance the mean is taken over
 * @param priorHeadCountSum the sum of their head counts
 */
public record AttendanceDay(LocalDate day, boolean workday, int headCount, int priorDays,
        int priorHeadCountSum) implements Facts {}
