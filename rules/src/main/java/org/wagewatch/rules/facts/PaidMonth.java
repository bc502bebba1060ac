package org.wagewatch.rules.facts;

import java.time.YearMonth;

/** A work month with at least one SUCCESS payment (R12 looks at each). */
public record PaidMonth(YearMonth month) implements Facts {}
