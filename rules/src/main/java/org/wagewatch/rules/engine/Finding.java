package org.wagewatch.rules.engine;

import java.math.BigDecimal;
import java.util.Map;
import org.wagewatch.rules.alert.AlertLevel;
import org.wagewatch.rules.alert.Rule;

/** A rule whose condition holds at the instant evaluated, with what its alert should say. */
public record Finding(Rule rule, String period, AlertLevel level, int affectedWorkers, BigDecimal amount,
        Map<String, Object> evidence) {}
