package org.wagewatch.rules.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic alert ids (DOMAIN.md §6): lowercase hex SHA-1 of {@code ruleId|projectId|period}. */
public final class AlertIds {

    /** The period of a rule that has none. */
    public static final String NO_PERIOD = "-";

    private AlertIds() {}

    public static String of(Rule rule, String projectId, String period) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((rule.ruleId() + "|" + projectId + "|" + period).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java runtime", e);
        }
    }
}
