package org.wagewatch.rules.alert;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One state of an alert (DOMAIN.md §6). {@code version} counts the states of one alert, so the
 * latest state wins in ClickHouse even when two share an updatedAt second.
 */
public record Alert(
        String alertId,
        Rule rule,
        AlertLevel level,
        AlertStatus status,
        String projectId,
        String projectName,
        String districtCode,
        String period,
        int affectedWorkers,
        BigDecimal amount,
        Instant detectedAt,
        Instant updatedAt,
        Map<String, Object> evidence,
        long version) {

    public String ruleId() {
        return rule.ruleId();
    }

    public String ruleName() {
        return rule.ruleName();
    }
}
