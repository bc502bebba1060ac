package org.wagewatch.connectors.feed;

/** How a worker's wageRate is meant: per attendance day or per month. */
public enum WageType {
    DAILY,
    MONTHLY
}
