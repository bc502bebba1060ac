package org.wagewatch.rules.explain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/** days, expected and paid of a worker's month as the wage rules saw them at {@code updatedAt}. */
public record WorkerMonthRow(String projectId, String workerId, YearMonth month, int days, BigDecimal expected,
        BigDecimal paid, BigDecimal shortfall, boolean registered, Instant updatedAt) implements ExplainRow {}
