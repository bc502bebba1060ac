package org.wagewatch.rules.engine;

import static org.wagewatch.rules.engine.Events.money;

import java.math.BigDecimal;
import org.wagewatch.rules.alert.Alert;
import org.wagewatch.rules.alert.AlertLevel;
import org.wagewatch.rules.alert.AlertStatus;

/**
 * What §5 fixes about one alert state: status, level, affectedWorkers and amount. {@link #NONE} stands
 * for "no alert", so a test can list a rule's states over several instants in one assertion.
 */
record AlertState(AlertStatus status, AlertLevel level, int affectedWorkers, BigDecimal amount) {

    static final AlertState NONE = new AlertState(null, null, 0, null);

    static AlertState open(AlertLevel level, int affectedWorkers, String amount) {
        return new AlertState(AlertStatus.OPEN, level, affectedWorkers, money(amount));
    }

    static AlertState resolved(AlertLevel level, int affectedWorkers, String amount) {
        return new AlertState(AlertStatus.RESOLVED, level, affectedWorkers, money(amount));
    }

    static AlertState of(Alert alert) {
        return alert == null ? NONE
                : new AlertState(alert.status(), alert.level(), alert.affectedWorkers(), alert.amount());
    }

    @Override
    public String toString() {
        return status == null ? "NONE" : status + " " + level + " workers=" + affectedWorkers + " amount=" + amount;
    }
}
