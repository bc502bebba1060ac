package org.wagewatch.rules.facts;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** OTHER_DEBIT transactions of the wage account in one month (R06). */
public record DebitMonth(YearMonth month, BigDecimal total, List<String> txnIds) implements Facts {}
