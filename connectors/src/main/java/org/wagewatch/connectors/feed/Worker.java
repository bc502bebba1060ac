package org.wagewatch.connectors.feed;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A version of a worker's real-name registration on a project. Holds personal data in clear. */
public record Worker(
        String workerId,
        String projectId,
        String name,
        String idNumber,
        String employerCreditCode,
        String employerName,
        String trade,
        WageType wageType,
        BigDecimal wageRate,
        String bankCardNo,
        LocalDate entryDate,
        LocalDate exitDate,
        Instant updatedAt)
        implements FeedEvent {

    @Override
    public Feed feed() {
        return Feed.WORKERS;
    }

    @Override
    public Instant eventTime() {
        return updatedAt;
    }

    /** Personal data must never leave the job in clear, not even in a log line. */
    @Override
    public String toString() {
        return "Worker[workerId=" + workerId + ", projectId=" + projectId + ", updatedAt=" + updatedAt + "]";
    }
}
