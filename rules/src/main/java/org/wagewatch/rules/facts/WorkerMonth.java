package org.wagewatch.rules.facts;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One worker's month on the project: days(w,p,M), expected(w,p,M) and paid(w,p,M) of DOMAIN.md §4.
 *
 * @param registered whether the worker is registered on the project by now (expected is 0 if not)
 */
public record WorkerMonth(YearMonth month, String workerId, int days, BigDecimal expected, BigDecimal paid,
        boolean registered) implements Facts {

    /** paid < share × expected. */
    public boolean paidBelowShare(BigDecimal share) {
        return paid.compareTo(share.multiply(expected)) < 0;
    }

    /**
     * paid < minimumWage × min(1, days / monthDays), compared exactly: paid × monthDays <
     * minimumWage × days while days < monthDays.
     */
    public boolean belowMinimum(BigDecimal minimumWage, BigDecimal monthDays) {
        BigDecimal workedDays = BigDecimal.valueOf(days);
        if (workedDays.compareTo(monthDays) < 0) {
            return paid.multiply(monthDays).compareTo(minimumWage.multiply(workedDays)) < 0;
        }
        return paid.compareTo(minimumWage) < 0;
    }
}
