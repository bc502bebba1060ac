package org.wagewatch.connectors.feed;

/** Lifecycle of a project in the registry. */
public enum ProjectStatus {
    PLANNED,
    IN_PROGRESS,
    SUSPENDED,
    COMPLETED
}
