package org.wagewatch.rules.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests for {@link AlertIds}. */
class AlertIdsTest {

    @Test
    void shouldBeTheLowercaseHexSha1OfRuleProjectAndPeriod() {
        // printf 'R01|P001|2026-10' | sha1sum
        assertThat(AlertIds.of(Rule.R01, "P001", "2026-10")).isEqualTo("f2f75f7950290ad198093670e7bd3468e64061fe");
    }

    @Test
    void shouldUseADashForRulesWithoutAPeriod() {
        // printf 'R10|P001|-' | sha1sum
        assertThat(AlertIds.of(Rule.R10, "P001", AlertIds.NO_PERIOD)).isEqualTo("267f6cc598c4ba37559a48e5cb764c7f887c042c");
    }

    @Test
    void shouldKeepTheContractNames() {
        assertThat(Rule.R08.ruleName()).isEqualTo("NO_ATTENDANCE");
        assertThat(Rule.values()).hasSize(13);
    }
}
