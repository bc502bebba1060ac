package org.wagewatch.rules.facts;

import java.math.BigDecimal;

/** The wage account's balance after the latest transaction that reported one. */
public record AccountBalance(BigDecimal balanceAfter, String txnId) implements Facts {}
