package org.wagewatch.jobs.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;

/** The punches ledger in Flink keyed map state: one project's punches, kept apart from another's. */
class KeyedPunchesTest {

    @Test
    void shouldFindKeepReplaceAndForgetPunchesOfTheCurrentProjectOnly() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, String, String> harness =
                new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new Commands()),
                        command -> command.split(" ")[0], Types.STRING)) {
            harness.open();
            for (String command : new String[] {
                "P1 keep E1 2026-03 a", "P1 keep E2 2026-04 b", "P2 keep E1 2026-05 c",
                "P1 find E1", "P2 find E1", "P2 find E2",
                "P1 keep E1 2026-04 d", "P1 forget 2026-04", "P1 find E1", "P1 find E2",
                "P1 forget 2026-05", "P1 find E1", "P2 find E1"}) {
                harness.processElement(command, 0);
            }
            assertThat(harness.extractOutputValues()).containsExactly(
                    "P1 E1=a", "P2 E1=c", "P2 E2=null",
                    "P1 E1=d", "P1 E2=b",
                    "P1 E1=null", "P2 E1=c");
        }
    }

    /** Runs "PROJECT keep|find|forget ..." against the ledger of the command's project. */
    private static final class Commands extends KeyedProcessFunction<String, String, String> {

        private transient KeyedPunches punches;

        @Override
        public void open(OpenContext context) {
            punches = new KeyedPunches(getRuntimeContext().getMapState(new MapStateDescriptor<>("punches",
                    Types.STRING, PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO)));
        }

        @Override
        public void processElement(String command, Context ctx, Collector<String> out) {
            String[] words = command.split(" ");
            switch (words[1]) {
                case "keep" -> punches.keep(words[2], YearMonth.parse(words[3]),
                        words[4].getBytes(StandardCharsets.UTF_8));
                case "forget" -> punches.forgetBefore(YearMonth.parse(words[2]));
                default -> {
                    byte[] raw = punches.find(words[2]);
                    out.collect(words[0] + " " + words[2] + "=" + (raw == null ? null
                            : new String(raw, StandardCharsets.UTF_8)));
                }
            }
        }
    }
}
