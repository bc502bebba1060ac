package org.wagewatch.connectors.feed;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/** A wage payment from the wage account, in one status; a later status replaces an earlier one. */
public record Payment(
        String paymentId,
        String projectId,
        String workerId,
        YearMonth period,
        BigDecimal amount,
        Instant paidAt,
        PaymentStatus status,
        String payeeCardNo)
        implements FeedEvent {

    @Override
    public Feed feed() {
        return Feed.PAYROLL;
    }

    @Override
    public Instant eventTime() {
        return paidAt;
    }

    /** The payee's card number is personal data. */
    @Override
    public String toString() {
        return "Payment[paymentId=" + paymentId + ", projectId=" + projectId + ", workerId=" + workerId
                + ", period=" + period + ", amount=" + amount + ", paidAt=" + paidAt + ", status=" + status + "]";
    }
}
