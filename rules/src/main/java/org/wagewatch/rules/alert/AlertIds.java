package org.wagewatch.rules.alert;

import org.wagewatch.connectors.util.Digests;

/** Deterministic alert ids (DOMAIN.md §6): lowercase hex SHA-1 of {@code ruleId|projectId|period}. */
public final class AlertIds {

    /** The period of a rule that has none. */
    public static final String NO_PERIOD = "-";

    private AlertIds() {}

    public static String of(Rule rule, String projectId, String period) {
        return Digests.sha1Hex(rule.ruleId() + "|" + projectId + "|" + period);
    }
}
