package org.wagewatch.rules.facts;

import java.math.BigDecimal;

/**
 * A month whose WAGE_UNPAID (R01) alert is OPEN as of now, for R11.
 *
 * @param amount the R01 alert's amount
 */
public record UnpaidMonth(String period, BigDecimal amount) implements Facts {}
