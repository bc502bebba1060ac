package org.wagewatch.rules.facts;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A work month with attendance or payments, seen from now (known projects only).
 *
 * @param dueReached now ≥ due(p, M)
 * @param nextDueReached now ≥ due(p, M+1)
 * @param balanceWindow due(p, M) − the warning days ≤ now < due(p, M)
 * @param minimumWage the minimum monthly wage of the project's district
 */
public record PayMonth(
        YearMonth month, boolean dueReached, boolean nextDueReached, boolean balanceWindow, BigDecimal minimumWage)
        implements Facts {}
