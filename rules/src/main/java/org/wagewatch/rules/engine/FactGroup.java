package org.wagewatch.rules.engine;

import java.util.List;
import java.util.function.Supplier;
import org.wagewatch.rules.facts.Facts;

/**
 * Facts the rules judge together and never join with another group's facts: one month's wages, the
 * account, the site, the complaints, the completion (a month's payments are judged one by one, see
 * {@link MonthPayments}). {@code inputs} counts every change of what the facts are built from,
 * including the deadlines passed, so a group whose inputs equal those of its last judgement would
 * be judged the same: its facts need not even be built.
 *
 * @param scope names the group among a project's groups, e.g. {@code wages|2026-10}
 */
public record FactGroup(String scope, long[] inputs, Supplier<List<Facts>> facts) {}
