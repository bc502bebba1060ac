package org.wagewatch.rules.alert;

/** An alert is OPEN while its condition holds and RESOLVED when it stops (DOMAIN.md §5). */
public enum AlertStatus {
    OPEN,
    RESOLVED
}
