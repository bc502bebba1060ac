package org.wagewatch.connectors.feed;

/** Kind of a transaction on the dedicated wage account. */
public enum TxnType {
    LABOR_COST_DEPOSIT,
    WAGE_PAYOUT,
    REFUND,
    OTHER_DEBIT
}
