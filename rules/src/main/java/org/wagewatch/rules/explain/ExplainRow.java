package org.wagewatch.rules.explain;

/** A row of the analysts' tables that show why the rules decided as they did. */
public sealed interface ExplainRow permits WorkerMonthRow, ProjectDayRow {}
