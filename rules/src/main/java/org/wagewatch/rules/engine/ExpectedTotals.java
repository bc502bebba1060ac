package org.wagewatch.rules.engine;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.wagewatch.rules.state.ProjectState;
import org.wagewatch.rules.state.ProjectState.Input;

/**
 * Σ expected(w, p, M) of each wage month, kept until the month's attendance or the registry changes:
 * while a month's payroll comes in, one payment at a time, R05 needs the total at every payment.
 */
final class ExpectedTotals implements Serializable {

    private static final long serialVersionUID = 1L;

    private record Total(long attendanceChanges, long registryChanges, BigDecimal expected) implements Serializable {}

    private final Map<YearMonth, Total> totals = new HashMap<>();

    BigDecimal of(ProjectState state, YearMonth month, Supplier<BigDecimal> compute) {
        long attendance = state.monthAttendanceChanges(month);
        long registry = state.changes(Input.REGISTRY);
        Total total = totals.get(month);
        if (total == null || total.attendanceChanges() != attendance || total.registryChanges() != registry) {
            total = new Total(attendance, registry, compute.get());
            totals.put(month, total);
        }
        return total.expected();
    }

    /** Forgets the months no longer judged (and so months dropped under the retention). */
    void retain(Set<YearMonth> months) {
        totals.keySet().retainAll(months);
    }

    /** Forgets every total, e.g. when the thresholds that define expected() change. */
    void clear() {
        totals.clear();
    }
}
