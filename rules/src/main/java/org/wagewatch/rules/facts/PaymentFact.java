package org.wagewatch.rules.facts;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A SUCCESS payment and what R12 checks about it.
 *
 * @param daysInMonth days(w, p, M) of the payee
 * @param cardMismatch the payee card differs from the bank card the worker registered on the project
 */
public record PaymentFact(String paymentId, YearMonth month, String workerId, BigDecimal amount, int daysInMonth,
        boolean cardMismatch) implements Facts {}
