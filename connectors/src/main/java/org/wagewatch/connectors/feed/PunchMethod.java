package org.wagewatch.connectors.feed;

/** How a gate device identified the worker. */
public enum PunchMethod {
    FACE,
    CARD,
    FINGERPRINT,
    MANUAL
}
