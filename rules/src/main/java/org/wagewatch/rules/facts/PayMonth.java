package org.wagewatch.rules.facts;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A work month with attendance or payments, seen from now (known projects only), once its balance
 * warning has begun.
 *
 * @param dueReached now ≥ due(p, M)
 * @param nextDueReached now ≥ due(p, M+1)
 * @param balanceWindow due(p, M) − the warning days ≤ now < due(p, M)
 * @param minimumWage the minimum monthly wage of the project's district
 * @param expected Σ expected(w, p, M) over all workers
 * @param paid Σ paid(w, p, M) over all workers
 */
public record PayMonth(YearMonth month, boolean dueReached, boolean nextDueReached, boolean balanceWindow,
        BigDecimal minimumWage, BigDecimal expected, BigDecimal paid) implements Facts {

    /** Σ expected − Σ paid: what is still owed for the month. */
    public BigDecimal outstanding() {
        return expected.subtract(paid);
    }
}
