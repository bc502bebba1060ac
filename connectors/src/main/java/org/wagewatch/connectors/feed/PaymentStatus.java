package org.wagewatch.connectors.feed;

/** Bank status of a wage payment; only SUCCESS counts as paid. */
public enum PaymentStatus {
    SUCCESS,
    FAILED,
    RETURNED
}
