package org.wagewatch.rules.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
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

    private static final String PAYMENTS = "payments";
    private static final String PAYMENT_ID = "paymentId";
    private static final String WORKER_ID = "workerId";

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
                .sorted(Comparator.comparing(WorkerMonth::workerId))
                .forEach(w -> rows.add(evidence("workerId", w.workerId(), "days", w.days(), "expected", w.expected(),
                        "paid", w.paid(), "shortfall", w.expected().subtract(w.paid()), "registered", w.registered())));
        return evidence("workers", rows);
    }

    /** A suspicious payment, as one row of its month's evidence. */
    public static Map<String, Object> payment(PaymentFact p) {
        return evidence(PAYMENTS, List.of(evidence(PAYMENT_ID, p.paymentId(), WORKER_ID, p.workerId(),
                "amount", p.amount(), "daysInMonth", p.daysInMonth(), "cardMismatch", p.cardMismatch())));
    }

    /**
     * The alert of a period from the findings of its payments, each judged on its own ({@link #payment}):
     * the distinct workers paid, the sum of the amounts and every payment's row, by paymentId.
     */
    static Finding merge(Rule rule, String period, List<Finding> perPayment) {
        AlertLevel level = perPayment.get(0).level();
        BigDecimal amount = BigDecimal.ZERO;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Finding finding : perPayment) {
            level = finding.level().compareTo(level) < 0 ? finding.level() : level; // most severe first
            amount = amount.add(finding.amount());
            for (Object row : (List<?>) finding.evidence().get(PAYMENTS)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> paymentRow = (Map<String, Object>) row;
                rows.add(paymentRow);
            }
        }
        rows.sort(Comparator.comparing(row -> (String) row.get(PAYMENT_ID)));
        int payees = (int) rows.stream().map(row -> row.get(WORKER_ID)).distinct().count();
        return of(rule, period, level, payees, amount, evidence(PAYMENTS, rows));
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
