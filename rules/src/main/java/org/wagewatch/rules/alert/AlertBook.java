package org.wagewatch.rules.alert;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wagewatch.rules.engine.Finding;

/**
 * The alerts of one project and their lifecycle (DOMAIN.md §5): at most one per (rule, period),
 * OPEN while its rule's condition holds, RESOLVED when it stops and OPEN again if it returns. Rules
 * that record facts stay OPEN. A state is emitted only when status, level, affectedWorkers or amount
 * change; a RESOLVED state keeps the values of the last OPEN one.
 */
public final class AlertBook implements Serializable {

    private static final long serialVersionUID = 1L;

    /** These record facts: once raised they stay OPEN until a case closes them. */
    private static final Set<Rule> STAY_OPEN = EnumSet.of(Rule.R06, Rule.R07, Rule.R09, Rule.R12, Rule.R13);

    private final String projectId;
    private final Map<String, Alert> alerts = new LinkedHashMap<>();

    public AlertBook(String projectId) {
        this.projectId = projectId;
    }

    /**
     * Applies what holds at {@code now}; returns the new alert states, in rule order.
     *
     * @param projectName and {@code districtCode}: the registry's, or empty while the project is unknown
     */
    public List<Alert> apply(Collection<Finding> findings, Instant now, String projectName, String districtCode) {
        Map<String, Finding> holding = new LinkedHashMap<>();
        for (Finding finding : findings) {
            holding.putIfAbsent(key(finding.rule(), finding.period()), finding);
        }
        List<Alert> changed = new ArrayList<>();
        for (Map.Entry<String, Finding> entry : holding.entrySet()) {
            Finding f = entry.getValue();
            Alert current = alerts.get(entry.getKey());
            if (current == null) {
                put(changed, new Alert(AlertIds.of(f.rule(), projectId, f.period()), f.rule(), f.level(),
                        AlertStatus.OPEN, projectId, projectName, districtCode, f.period(), f.affectedWorkers(),
                        f.amount(), now, now, f.evidence(), 1));
            } else if (current.status() == AlertStatus.RESOLVED || differs(current, f)) {
                put(changed, new Alert(current.alertId(), f.rule(), f.level(), AlertStatus.OPEN, projectId, projectName,
                        districtCode, f.period(), f.affectedWorkers(), f.amount(), current.detectedAt(), now,
                        f.evidence(), current.version() + 1));
            }
        }
        for (Map.Entry<String, Alert> entry : List.copyOf(alerts.entrySet())) {
            Alert current = entry.getValue();
            if (current.status() == AlertStatus.OPEN && !holding.containsKey(entry.getKey())
                    && !STAY_OPEN.contains(current.rule())) {
                put(changed, new Alert(current.alertId(), current.rule(), current.level(), AlertStatus.RESOLVED,
                        projectId, projectName, districtCode, current.period(), current.affectedWorkers(),
                        current.amount(), current.detectedAt(), now, current.evidence(), current.version() + 1));
            }
        }
        changed.sort(java.util.Comparator.comparing(Alert::rule).thenComparing(Alert::period));
        return changed;
    }

    /**
     * The earliest month an OPEN alert that a late record could still resolve refers to, or null.
     * Alerts that record facts stay OPEN until a case closes them and hold nothing back.
     */
    public YearMonth earliestResolvableOpenMonth() {
        YearMonth earliest = null;
        for (Alert alert : alerts.values()) {
            if (alert.status() == AlertStatus.OPEN && !STAY_OPEN.contains(alert.rule()) && alert.period().length() >= 7) {
                YearMonth month = YearMonth.parse(alert.period().substring(0, 7));
                if (earliest == null || month.isBefore(earliest)) {
                    earliest = month;
                }
            }
        }
        return earliest;
    }

    public String projectId() {
        return projectId;
    }

    /** The current state of every alert of the project. */
    public Collection<Alert> alerts() {
        return alerts.values();
    }

    /** Whether an alert of this rule is OPEN. */
    public boolean hasOpen(Rule rule) {
        for (Alert alert : alerts.values()) {
            if (alert.rule() == rule && alert.status() == AlertStatus.OPEN) {
                return true;
            }
        }
        return false;
    }

    private void put(List<Alert> changed, Alert alert) {
        alerts.put(key(alert.rule(), alert.period()), alert);
        changed.add(alert);
    }

    private static boolean differs(Alert current, Finding f) {
        return current.level() != f.level() || current.affectedWorkers() != f.affectedWorkers()
                || !sameMoney(current.amount(), f.amount());
    }

    private static boolean sameMoney(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }

    private static String key(Rule rule, String period) {
        return rule.ruleId() + "|" + period;
    }
}
