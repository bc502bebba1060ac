package org.wagewatch.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.ConfigOption;
import org.junit.jupiter.api.Test;
import org.wagewatch.connectors.feed.Feed;

/** Tests for {@link WagewatchConfig} and {@link WagewatchOptions}. */
class WagewatchConfigTest {

    @Test
    void shouldDeclareEveryKeyOnceWithADescription() {
        List<ConfigOption<?>> options = WagewatchOptions.all();

        assertThat(options.stream().map(ConfigOption::key)).doesNotHaveDuplicates();
        assertThat(options).allSatisfy(option -> assertThat(option.description().toString()).isNotBlank());
        assertThat(options).hasSizeGreaterThan(Feed.values().length);
    }

    @Test
    void shouldApplyDefaults() {
        WagewatchConfig config = WagewatchConfig.from(Map.of(), Map.of());

        assertThat(config.feedTopics().topic(Feed.ACCOUNT_TXNS)).isEqualTo("ww.account-txns");
        assertThat(config.rejectedTopic()).isEqualTo("ww.rejected");
        assertThat(config.clickHouse().database()).isEqualTo("wagewatch");
        assertThat(config.clickHouse().password()).isEmpty();
        assertThat(config.outOfOrderness()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.thresholds()).isEqualTo(org.wagewatch.rules.config.RuleThresholds.DEFAULTS);
        assertThat(config.stateBackend()).isEqualTo("hashmap");
    }

    @Test
    void shouldTakeThePasswordFromTheNamedEnvironmentVariable() {
        WagewatchConfig config = WagewatchConfig.from(
                Map.of("clickhouse.password-env", "CH_SECRET"), Map.of("CH_SECRET", "s3cret"));

        assertThat(config.clickHouse().password()).isEqualTo("s3cret");
        assertThat(config.clickHouse().toString()).doesNotContain("s3cret");
    }

    @Test
    void shouldReadRuleThresholds() {
        WagewatchConfig config = WagewatchConfig.from(Map.of("rules.r01.red-workers", "12",
                "rules.r03.minimum-monthly-wage-by-district", "330106:2590,330108:2490.5"), Map.of());

        assertThat(config.thresholds().unpaidRedWorkers()).isEqualTo(12);
        assertThat(config.thresholds().minimumMonthlyWage("330106")).isEqualByComparingTo("2590");
        assertThat(config.thresholds().minimumMonthlyWage("330108")).isEqualByComparingTo("2490.5");
        assertThat(config.thresholds().minimumMonthlyWage("110101")).isEqualByComparingTo("2490");
    }

    @Test
    void shouldRefuseAPasswordInTheFile() {
        assertThatThrownBy(() -> WagewatchConfig.from(Map.of("clickhouse.password", "x"), Map.of()))
                .hasMessage("setting 'clickhouse.password': passwords are read from the environment "
                        + "(clickhouse.password-env names the variable), never from a file");
    }

    @Test
    void shouldRefuseUnknownKeysAndUnusableValues() {
        assertThatThrownBy(() -> WagewatchConfig.from(Map.of("kafka.bootstrap-server", "x:1"), Map.of()))
                .hasMessage("unknown setting 'kafka.bootstrap-server'");
        assertThatThrownBy(() -> WagewatchConfig.from(Map.of("job.parallelism", "0"), Map.of()))
                .hasMessage("configuration: setting 'job.parallelism' must be positive, got 0");
        assertThatThrownBy(() -> WagewatchConfig.from(
                        Map.of("kafka.topic.projects", "same", "kafka.topic.workers", "same"), Map.of()))
                .hasMessage("configuration: topic 'same' is configured for both feed projects and feed workers");
        assertThatThrownBy(() -> WagewatchConfig.from(Map.of("job.state-backend", "memory"), Map.of()))
                .hasMessage("configuration: setting 'job.state-backend' must be hashmap or rocksdb, got 'memory'");
        assertThatThrownBy(() -> WagewatchConfig.from(Map.of("rules.r01.red-amount", "lots"), Map.of()))
                .hasMessage("configuration: setting 'rules.r01.red-amount' must be a positive number, got 'lots'");
        assertThatThrownBy(() -> WagewatchConfig.from(Map.of("clickhouse.url", "localhost"), Map.of()))
                .hasMessage("configuration: ClickHouse url must look like http://host:8123, got 'localhost'");
    }
}
