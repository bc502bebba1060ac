package org.wagewatch.connectors.feed;

/** Direction of a gate punch. */
public enum Direction {
    IN,
    OUT
}
