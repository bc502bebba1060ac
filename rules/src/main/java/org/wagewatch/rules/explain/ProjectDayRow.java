package org.wagewatch.rules.explain;

import java.time.LocalDate;

/** A site's day: workers with an IN punch, and how many of them had no registration when it ended. */
public record ProjectDayRow(String projectId, LocalDate day, int headCount, int unregisteredHeadCount)
        implements ExplainRow {}
