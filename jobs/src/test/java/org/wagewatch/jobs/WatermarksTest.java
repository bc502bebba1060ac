package org.wagewatch.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.TimestampAssigner;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.apache.flink.util.clock.ManualClock;
import org.apache.flink.util.clock.RelativeClock;
import org.junit.jupiter.api.Test;
import org.wagewatch.connectors.feed.Attendance;
import org.wagewatch.connectors.feed.DecodedRecord;
import org.wagewatch.connectors.feed.Direction;
import org.wagewatch.connectors.feed.Feed;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.connectors.feed.RejectedRecord;

/** Tests for the job's watermark strategy: event time from records, never from rejected ones. */
class WatermarksTest {

    private static final Instant SEVEN_AM = Instant.parse("2026-11-02T23:00:00Z");
    private static final Duration OUT_OF_ORDERNESS = Duration.ofMinutes(2);

    private final WatermarkStrategy<DecodedRecord> strategy =
            WagewatchJob.watermarks(OUT_OF_ORDERNESS, Duration.ofSeconds(30));
    private final TimestampAssigner<DecodedRecord> timestamps = strategy.createTimestampAssigner(() -> new UnregisteredMetricsGroup());
    private final Recorder output = new Recorder();
    private final ManualClock clock = new ManualClock();

    @Test
    void shouldTakeEventTimeFromTheRecordAndHoldBackByTheOutOfOrderness() {
        WatermarkGenerator<DecodedRecord> generator = generator();

        event(generator, punch(SEVEN_AM));
        event(generator, punch(SEVEN_AM.minusSeconds(600)));
        generator.onPeriodicEmit(output);

        assertThat(timestamps.extractTimestamp(punch(SEVEN_AM), 0)).isEqualTo(SEVEN_AM.toEpochMilli());
        assertThat(output.last()).isEqualTo(SEVEN_AM.minus(OUT_OF_ORDERNESS).toEpochMilli() - 1);
    }

    @Test
    void shouldNotMoveTimeForARejectedRecord() {
        WatermarkGenerator<DecodedRecord> generator = generator();
        RejectedRecord rejected = RejectedRecord.fromKafka(Feed.ATTENDANCE, "{", "not valid JSON", "ww.attendance", 0, 1,
                SEVEN_AM.plusSeconds(86_400));

        event(generator, punch(SEVEN_AM));
        event(generator, rejected);
        generator.onPeriodicEmit(output);

        assertThat(timestamps.extractTimestamp(rejected, SEVEN_AM.plusSeconds(86_400).toEpochMilli()))
                .isEqualTo(Long.MIN_VALUE);
        assertThat(output.last()).isEqualTo(SEVEN_AM.minus(OUT_OF_ORDERNESS).toEpochMilli() - 1);
    }

    @Test
    void shouldStopHoldingTimeBackWhenAPartitionGoesQuiet() {
        // Flink's idleness timer reads a clock at 0 as "not started": start the clock past it.
        clock.advanceTime(Duration.ofSeconds(1));
        WatermarkGenerator<DecodedRecord> generator = generator();
        event(generator, punch(SEVEN_AM));
        generator.onPeriodicEmit(output);
        assertThat(output.idle).isFalse();

        // The first emit without events starts the quiet period; one past the timeout ends it.
        generator.onPeriodicEmit(output);
        clock.advanceTime(Duration.ofSeconds(29));
        generator.onPeriodicEmit(output);
        assertThat(output.idle).isFalse();
        clock.advanceTime(Duration.ofSeconds(2));
        generator.onPeriodicEmit(output);

        assertThat(output.idle).isTrue();
    }

    private WatermarkGenerator<DecodedRecord> generator() {
        return strategy.createWatermarkGenerator(new org.apache.flink.api.common.eventtime.WatermarkGeneratorSupplier.Context() {
            @Override
            public org.apache.flink.metrics.MetricGroup getMetricGroup() {
                return new UnregisteredMetricsGroup();
            }

            @Override
            public RelativeClock getInputActivityClock() {
                return clock;
            }
        });
    }

    private void event(WatermarkGenerator<DecodedRecord> generator, DecodedRecord record) {
        generator.onEvent(record, timestamps.extractTimestamp(record, 0), output);
    }

    private static FeedRecord punch(Instant time) {
        return new FeedRecord(new Attendance("E" + time.toEpochMilli(), "P1", "W1", null, Direction.IN, time, null),
                new byte[0]);
    }

    /** Keeps the watermarks a generator emits. */
    private static final class Recorder implements WatermarkOutput {
        final List<Long> watermarks = new ArrayList<>();

        @Override
        public void emitWatermark(Watermark watermark) {
            watermarks.add(watermark.getTimestamp());
        }

        boolean idle;

        @Override
        public void markIdle() {
            idle = true;
        }

        @Override
        public void markActive() {
            idle = false;
        }

        long last() {
            return watermarks.get(watermarks.size() - 1);
        }
    }
}
