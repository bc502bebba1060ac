package org.wagewatch.rules.alert;

/** Alert levels, most severe first. */
public enum AlertLevel {
    RED,
    ORANGE,
    YELLOW,
    BLUE
}
