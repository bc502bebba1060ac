package org.wagewatch.rules.engine;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.wagewatch.rules.alert.Rule;
import org.wagewatch.rules.config.RuleThresholds;
import org.wagewatch.rules.facts.PaymentFact;
import org.wagewatch.rules.state.ProjectState;
import org.wagewatch.rules.state.ProjectState.Input;

/**
 * R12 over one month's payments, judged payment by payment: only the payments of the workers whose
 * payments, days in the month or registration changed since the last judgement are judged again,
 * and the month's findings merge those of every payment ({@link Findings#merge}). An arriving
 * payment so costs one small judgement, not one of the whole month.
 */
final class MonthPayments implements Serializable {

    private static final long serialVersionUID = 1L;

    private final YearMonth month;
    /** The month's inputs at the last judgement: its changes, and the registry's. */
    private long[] inputs;
    /** The state's payment stamp at the last judgement; workers changed after it are judged again. */
    private long judgedUpTo = -1;
    private final Map<String, List<String>> paymentsByWorker = new HashMap<>();
    /** What was found in each payment that raised a finding, by paymentId. */
    private final TreeMap<String, List<Finding>> findingsByPayment = new TreeMap<>();
    private List<Finding> merged = List.of();

    MonthPayments(YearMonth month) {
        this.month = month;
    }

    /** The findings of the last judgement. */
    List<Finding> findings() {
        return merged;
    }

    /**
     * Judges again, as of {@code now}, the payments that may have changed since the last judgement;
     * false if the month's inputs did not change, so nothing was judged.
     */
    boolean judge(ProjectState state, Instant now, RuleThresholds thresholds, RuleEngine engine) {
        long[] current = {state.monthChanges(month), state.changes(Input.REGISTRY)};
        if (Arrays.equals(inputs, current)) {
            return false;
        }
        inputs = current;
        Collection<String> workers = judgedUpTo < 0
                ? Set.copyOf(state.paidByWorker(month).keySet())
                : List.copyOf(state.paymentsChangedSince(month, judgedUpTo));
        judgedUpTo = state.paymentStamp();
        boolean findingsChanged = false;
        for (String workerId : workers) {
            for (String paymentId : paymentsByWorker.getOrDefault(workerId, List.of())) {
                findingsChanged |= findingsByPayment.remove(paymentId) != null;
            }
            List<String> paymentIds = new ArrayList<>(1);
            for (PaymentFact payment : FactBuilder.payments(state, month, workerId, now)) {
                paymentIds.add(payment.paymentId());
                List<Finding> found = engine.evaluate(List.of(payment), thresholds);
                if (!found.isEmpty()) {
                    findingsByPayment.put(payment.paymentId(), found);
                    findingsChanged = true;
                }
            }
            if (paymentIds.isEmpty()) {
                paymentsByWorker.remove(workerId);
            } else {
                paymentsByWorker.put(workerId, paymentIds);
            }
        }
        if (findingsChanged) {
            merged = merge(findingsByPayment.values());
        }
        return true;
    }

    /** One finding per rule and period, from those of every payment, in paymentId order. */
    private static List<Finding> merge(Collection<List<Finding>> perPayment) {
        Map<List<Object>, List<Finding>> byRuleAndPeriod = new LinkedHashMap<>();
        for (List<Finding> findings : perPayment) {
            for (Finding finding : findings) {
                byRuleAndPeriod.computeIfAbsent(List.of(finding.rule(), finding.period()), k -> new ArrayList<>())
                        .add(finding);
            }
        }
        List<Finding> merged = new ArrayList<>(byRuleAndPeriod.size());
        byRuleAndPeriod.forEach((key, findings) ->
                merged.add(Findings.merge((Rule) key.get(0), (String) key.get(1), findings)));
        return merged;
    }
}
