package org.wagewatch.rules.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wagewatch.rules.alert.AlertLevel;
import org.wagewatch.rules.alert.Rule;
import org.wagewatch.rules.facts.PaymentFact;
import org.wagewatch.rules.facts.UnpaidMonth;
import org.wagewatch.rules.facts.WorkerMonth;

/** Sums and evidence the DRL consequences build findings from; money is rounded half-up to 0.01. */
public final class Findings {

    private Findings() {}

    public static Finding of(Rule rule, Object period, AlertLevel level, int affectedWorkers, BigDecimal amount,
            Map<String, Object> evidence) {
        return new Finding(rule, String.valueOf(period), level, affectedWorkers, money(amount), evidence);
    }

    public static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal sumExpected(List<?> workerMonths) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Object w : workerMonths) {
            sum = sum.add(((WorkerMonth) w).expected());
        }
        return sum;
    }

    public static BigDecimal sumPaid(List<?> workerMonths) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Object w : workerMonths) {
            sum = sum.add(((WorkerMonth) w).paid());
        }
        return sum;
    }

    /** Σ (expected − paid). */
    public static BigDecimal sumShortfall(List<?> workerMonths) {
        return sumExpected(workerMonths).subtract(sumPaid(workerMonths));
    }

    /**
     * Σ (bar − paid) with each bar minimumWage × min(1, days / monthDays) unrounded, as R03 compares
     * it: summed over monthDays as the common denominator, so the total is rounded only once.
     */
    public static BigDecimal sumBelowMinimum(List<?> workerMonths, BigDecimal minimumWage, BigDecimal monthDays) {
        BigDecimal timesMonthDays = BigDecimal.ZERO;
        for (Object o : workerMonths) {
            WorkerMonth w = (WorkerMonth) o;
            BigDecimal workedDays = BigDecimal.valueOf(w.days()).min(monthDays);
            timesMonthDays = timesMonthDays.add(minimumWage.multiply(workedDays)).subtract(w.paid().multiply(monthDays));
        }
        return timesMonthDays.divide(monthDays, 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal sumPayments(List<?> payments) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Object p : payments) {
            sum = sum.add(((PaymentFact) p).amount());
        }
        return sum;
    }

    public static int distinctPayees(List<?> payments) {
        return (int) payments.stream().map(p -> ((PaymentFact) p).workerId()).distinct().count();
    }

    public static BigDecimal sumUnpaid(List<?> unpaidMonths) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Object u : unpaidMonths) {
            sum = sum.add(((UnpaidMonth) u).amount());
        }
        return sum;
    }

    /** The workers behind a wage alert, with what an inspector checks on site. */
    public static Map<String, Object> workers(List<?> workerMonths) {
        List<Map<String, Object>> rows = new ArrayList<>();
        workerMonths.stream().map(WorkerMonth.class::cast)
                .sorted(java.util.Comparator.comparing(WorkerMonth::workerId))
                .forEach(w -> rows.add(evidence("workerId", w.workerId(), "days", w.days(), "expected", w.expected(),
                        "paid", w.paid(), "shortfall", w.expected().subtract(w.paid()), "registered", w.registered())));
        return evidence("workers", rows);
    }

    public static Map<String, Object> payments(List<?> payments) {
        List<Map<String, Object>> rows = new ArrayList<>();
        payments.stream().map(PaymentFact.class::cast)
                .sorted(java.util.Comparator.comparing(PaymentFact::paymentId))
                .forEach(p -> rows.add(evidence("paymentId", p.paymentId(), "workerId", p.workerId(),
                        "amount", p.amount(), "daysInMonth", p.daysInMonth(), "cardMismatch", p.cardMismatch())));
        return evidence("payments", rows);
    }

    public static List<String> periods(List<?> unpaidMonths) {
        return unpaidMonths.stream().map(u -> ((UnpaidMonth) u).period()).sorted().toList();
    }

    /** An evidence object from key/value pairs, in order. */
    public static Map<String, Object> evidence(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
