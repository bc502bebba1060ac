package org.wagewatch.rules.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A complaint and the project's complaints in the window that ends at it (R09).
 *
 * @param complaintsInWindow complaints received within the window days before it, both ends inclusive
 * @param amountInWindow their amountClaimed
 */
public record ComplaintWindow(String complaintId, Instant receivedAt, YearMonth month, int workerCount,
        int complaintsInWindow, BigDecimal amountInWindow, List<String> complaintIds) implements Facts {}
