package org.wagewatch.rules.facts;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * What the construction unit owed the wage account for a work month (R04).
 *
 * @param inProgress the project was IN_PROGRESS at some instant of the month
 * @param dueReached now ≥ laborDue(p, M)
 * @param deposited LABOR_COST_DEPOSIT total for the month so far
 */
public record LaborMonth(YearMonth month, boolean inProgress, boolean dueReached, BigDecimal laborCostMonthly,
        BigDecimal deposited, List<String> depositTxnIds) implements Facts {

    public YearMonth previousMonth() {
        return month.minusMonths(1);
    }
}
