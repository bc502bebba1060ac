package org.wagewatch.rules.config;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Every threshold of DOMAIN.md §5, with the defaults given there.
 *
 * @param statutoryMonthDays paid days in a month (月计薪天数), 21.75
 * @param unpaidRedWorkers R01 is RED from this many unpaid workers (10)
 * @param unpaidRedAmount ... or this much expected pay (100000)
 * @param underpaidShare R02: paid below this share of expected (0.8)
 * @param underpaidOrangeWorkers R02 is ORANGE from this many workers (10)
 * @param underpaidOrangeAmount ... or this shortfall (50000)
 * @param minimumMonthlyWage R03 default minimum monthly wage (2490)
 * @param minimumMonthlyWageByDistrict R03 per districtCode, overriding the default
 * @param balanceWarningDays R05 looks this many days before the pay deadline (5)
 * @param dropPercent R07: head count below this percent of the mean (50)
 * @param dropRecentDays R07: mean over up to this many recent attendance days (7)
 * @param dropLookbackDays ... within this many days before the day judged (14)
 * @param dropMinDays ... of which at least this many (3)
 * @param dropMinMean ... with a mean of at least this (20)
 * @param silentStartDays R08: the project started at least this many days ago (7)
 * @param silentDays R08: this many silent days (3)
 * @param complaintCount R09: this many complaints (3)
 * @param complaintWindowDays ... within this many days (30)
 * @param complaintWorkers R09: or one complaint for at least this many workers (10)
 * @param unregisteredWorkers R13: this many unregistered workers punching on a day (5)
 * @param retentionMonths a month's detail is dropped this many months after it ends (6), unless an
 *     alert of it that a late record could still resolve is OPEN
 */
public record RuleThresholds(
        BigDecimal statutoryMonthDays,
        int unpaidRedWorkers,
        BigDecimal unpaidRedAmount,
        BigDecimal underpaidShare,
        int underpaidOrangeWorkers,
        BigDecimal underpaidOrangeAmount,
        BigDecimal minimumMonthlyWage,
        Map<String, BigDecimal> minimumMonthlyWageByDistrict,
        int balanceWarningDays,
        int dropPercent,
        int dropRecentDays,
        int dropLookbackDays,
        int dropMinDays,
        int dropMinMean,
        int silentStartDays,
        int silentDays,
        int complaintCount,
        int complaintWindowDays,
        int complaintWorkers,
        int unregisteredWorkers,
        int retentionMonths)
        implements Serializable {

    public static final RuleThresholds DEFAULTS = new RuleThresholds(
            new BigDecimal("21.75"), 10, new BigDecimal("100000"), new BigDecimal("0.8"), 10,
            new BigDecimal("50000"), new BigDecimal("2490"), Map.of(), 5, 50, 7, 14, 3, 20, 7, 3, 3, 30, 10, 5, 6);

    public RuleThresholds {
        minimumMonthlyWageByDistrict = Map.copyOf(minimumMonthlyWageByDistrict);
    }

    /** The minimum monthly wage in force in a district. */
    public BigDecimal minimumMonthlyWage(String districtCode) {
        return minimumMonthlyWageByDistrict.getOrDefault(districtCode, minimumMonthlyWage);
    }
}
