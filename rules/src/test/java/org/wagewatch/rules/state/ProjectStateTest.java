package org.wagewatch.rules.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.wagewatch.connectors.feed.DecodedRecord;
import org.wagewatch.connectors.feed.Feed;
import org.wagewatch.connectors.feed.FeedDecoder;
import org.wagewatch.connectors.feed.FeedRecord;

/**
 * Ties between records of one key at one timestamp go by DOMAIN.md §3 whichever arrives first,
 * also when the second arrives long after the first was applied.
 */
class ProjectStateTest {

    private static final String WORKER = "{\"workerId\":\"W1\",\"projectId\":\"P1\",\"name\":\"张三\","
            + "\"idNumber\":\"110101199003074514\",\"employerCreditCode\":\"91330100MA2ZZZZZ3C\","
            + "\"employerName\":\"某劳务有限公司\",\"trade\":\"钢筋工\",\"wageType\":\"DAILY\",\"wageRate\":%s,"
            + "\"entryDate\":\"2026-10-01\",\"updatedAt\":\"2026-10-01T08:00:00+08:00\"}";
    private static final String PAYMENT = "{\"paymentId\":\"PAY1\",\"projectId\":\"P1\",\"workerId\":\"W1\","
            + "\"period\":\"2026-10\",\"amount\":%s,\"paidAt\":\"2026-11-10T10:00:00+08:00\",\"status\":\"%s\"}";
    private static final String PUNCH = "{\"eventId\":\"E1\",\"projectId\":\"P1\",\"workerId\":\"%s\","
            + "\"direction\":\"IN\",\"time\":\"2026-10-05T07:00:00+08:00\"}";
    private static final String TXN = "{\"txnId\":\"T1\",\"projectId\":\"P1\",\"type\":\"OTHER_DEBIT\","
            + "\"amount\":%s,\"time\":\"2026-10-20T15:00:00+08:00\"}";

    @Test
    void shouldKeepTheRegistrationWithTheGreaterRawTextAtOneUpdatedAt() {
        assertSameWhicheverFirst(record(Feed.WORKERS, WORKER, "350"), record(Feed.WORKERS, WORKER, "400"),
                state -> state.workerAt("W1", Instant.parse("2026-10-02T00:00:00Z")).wageRate(), new BigDecimal("400.00"));
    }

    @Test
    void shouldLetAReturnAtThePaymentsInstantBeatItsSuccess() {
        assertSameWhicheverFirst(record(Feed.PAYROLL, PAYMENT, "7350", "SUCCESS"),
                record(Feed.PAYROLL, PAYMENT, "7350", "RETURNED"),
                state -> state.paidByWorker(YearMonth.of(2026, 10)).get("W1"), null);
    }

    @Test
    void shouldKeepTheGreaterRawTextOfTwoSuccessesAtOneInstant() {
        assertSameWhicheverFirst(record(Feed.PAYROLL, PAYMENT, "7350", "SUCCESS"),
                record(Feed.PAYROLL, PAYMENT, "8350", "SUCCESS"),
                state -> state.paidByWorker(YearMonth.of(2026, 10)).get("W1"), new BigDecimal("8350.00"));
    }

    @Test
    void shouldCountADuplicatedEventIdAtOneTimeOnceAsItsGreaterRawText() {
        assertSameWhicheverFirst(record(Feed.ATTENDANCE, PUNCH, "W1"), record(Feed.ATTENDANCE, PUNCH, "W2"),
                state -> state.presentOn(LocalDate.of(2026, 10, 5)), java.util.Set.of("W2"));
    }

    @Test
    void shouldKeepTheGreaterRawTextOfADuplicatedTransactionAtOneTime() {
        assertSameWhicheverFirst(record(Feed.ACCOUNT_TXNS, TXN, "500"), record(Feed.ACCOUNT_TXNS, TXN, "90"),
                state -> state.txns().get(0).amount(), new BigDecimal("90.00"));
    }

    private static void assertSameWhicheverFirst(FeedRecord a, FeedRecord b, Function<ProjectState, Object> seen,
            Object expected) {
        List<Object> outcomes = new ArrayList<>();
        for (List<FeedRecord> order : List.of(List.of(a, b), List.of(b, a), List.of(a, b, a), List.of(b, a, b))) {
            ProjectState state = new ProjectState();
            order.forEach(state::apply);
            outcomes.add(seen.apply(state));
        }
        assertThat(outcomes).containsOnly(expected);
    }

    private static FeedRecord record(Feed feed, String template, Object... values) {
        byte[] raw = String.format(template, values).getBytes(StandardCharsets.UTF_8);
        DecodedRecord decoded = new FeedDecoder().decodeLine(feed, raw, "test", 1, Instant.EPOCH);
        assertThat(decoded).isInstanceOf(FeedRecord.class);
        return (FeedRecord) decoded;
    }
}
