package org.wagewatch.connectors.feed;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/** A transaction of a project's dedicated wage account. */
public record AccountTxn(
        String txnId,
        String projectId,
        TxnType type,
        BigDecimal amount,
        Instant time,
        String accountNo,
        BigDecimal balanceAfter,
        YearMonth forPeriod)
        implements FeedEvent {

    @Override
    public Feed feed() {
        return Feed.ACCOUNT_TXNS;
    }

    @Override
    public Instant eventTime() {
        return time;
    }
}
