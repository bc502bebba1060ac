package org.wagewatch.connectors.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wagewatch.connectors.feed.FeedSamples.ACCOUNT_TXN;
import static org.wagewatch.connectors.feed.FeedSamples.ATTENDANCE;
import static org.wagewatch.connectors.feed.FeedSamples.COMPLAINT;
import static org.wagewatch.connectors.feed.FeedSamples.PAYMENT;
import static org.wagewatch.connectors.feed.FeedSamples.PROJECT;
import static org.wagewatch.connectors.feed.FeedSamples.WORKER;
import static org.wagewatch.connectors.feed.FeedSamples.with;
import static org.wagewatch.connectors.feed.FeedSamples.without;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests for {@link FeedDecoder}: every contract rule of DOMAIN.md §3, valid and broken. */
class FeedDecoderTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-25T00:00:00Z");
    private final FeedDecoder decoder = new FeedDecoder();

    /** A reason ending in "..." is matched as a prefix (Jackson words the rest). */
    static Stream<Arguments> badInputs() {
        String over64 = "\"" + "P".repeat(65) + "\"";
        return Stream.of(
                // any feed: not a usable JSON object
                bad(Feed.PROJECTS, "{\"projectId\":\"P001\",\"name\":", "not valid JSON: Unexpected end-of-input..."),
                bad(Feed.PROJECTS, "", "empty message"),
                bad(Feed.ATTENDANCE, "  \t ", "empty message"),
                bad(Feed.PROJECTS, "[" + PROJECT + "]", "expected a JSON object, got an array"),
                bad(Feed.WORKERS, "\"W001\"", "expected a JSON object, got a string"),
                bad(Feed.ATTENDANCE, "42", "expected a JSON object, got a number"),
                bad(Feed.PAYROLL, "{'paymentId':'X'}", "not valid JSON: Unexpected character..."),
                bad(Feed.ATTENDANCE, ATTENDANCE + "{}", "not valid JSON: unexpected content after the object"),
                bad(Feed.PROJECTS, PROJECT.replace("\"payDay\":15,", "\"payDay\":15,\"payDay\":16,"),
                        "field 'payDay' appears more than once"),
                // projects
                bad(Feed.PROJECTS, without(PROJECT, "projectId"), "field 'projectId' is required but missing"),
                bad(Feed.PROJECTS, with(PROJECT, "projectId", "null"), "field 'projectId' is required but missing"),
                bad(Feed.PROJECTS, with(PROJECT, "projectId", "\"\""), "field 'projectId' must not be empty"),
                bad(Feed.PROJECTS, with(PROJECT, "projectId", over64), "field 'projectId' must be at most 64 characters"),
                bad(Feed.PROJECTS, with(PROJECT, "districtCode", "\"33010\""), "field 'districtCode' must be 6 digits"),
                bad(Feed.PROJECTS, with(PROJECT, "districtCode", "330106"),
                        "field 'districtCode' must be a string, got a number"),
                bad(Feed.PROJECTS, with(PROJECT, "status", "\"DONE\""),
                        "field 'status' has unknown value 'DONE' (expected one of COMPLETED, IN_PROGRESS, PLANNED, SUSPENDED)"),
                bad(Feed.PROJECTS, with(PROJECT, "status", "\"in_progress\""),
                        "field 'status' has unknown value 'in_progress' (expected one of COMPLETED, IN_PROGRESS, PLANNED, SUSPENDED)"),
                bad(Feed.PROJECTS, with(PROJECT, "payDay", "29"), "field 'payDay' must be an integer from 1 to 28, got 29"),
                bad(Feed.PROJECTS, with(PROJECT, "payDay", "0"), "field 'payDay' must be an integer from 1 to 28, got 0"),
                bad(Feed.PROJECTS, with(PROJECT, "payDay", "15.5"), "field 'payDay' must be a whole number, got 15.5"),
                bad(Feed.PROJECTS, with(PROJECT, "payDay", "\"15\""), "field 'payDay' must be an integer, got a string"),
                bad(Feed.PROJECTS, with(PROJECT, "laborCostDueDay", "20"),
                        "field 'laborCostDueDay' must not be after payDay (20 > 15)"),
                bad(Feed.PROJECTS, with(PROJECT, "laborCostMonthly", "1.505"),
                        "field 'laborCostMonthly' has more than 2 decimals: 1.505"),
                bad(Feed.PROJECTS, with(PROJECT, "depositPaid", "-1"), "field 'depositPaid' must not be negative, got -1"),
                bad(Feed.PROJECTS, with(PROJECT, "startDate", "\"2026-02-30\""),
                        "field 'startDate' must be a calendar date YYYY-MM-DD, got '2026-02-30'"),
                bad(Feed.PROJECTS, without(PROJECT, "startDate"), "field 'startDate' is required but missing"),
                bad(Feed.PROJECTS, with(PROJECT, "updatedAt", "\"2026-11-03T07:12:45\""),
                        "field 'updatedAt' must be a timestamp with an offset, like 2026-11-03T07:12:45+08:00, got '2026-11-03T07:12:45'"),
                bad(Feed.PROJECTS, with(PROJECT, "updatedAt", "\"2026-11-03T07:12:45+0800\""),
                        "field 'updatedAt' must be a timestamp with an offset, like 2026-11-03T07:12:45+08:00, got '2026-11-03T07:12:45+0800'"),
                bad(Feed.PROJECTS, with(PROJECT, "constructionUnit", "{\"creditCode\":\"91330106MA2XXXXX1\",\"name\":\"x\"}"),
                        "field 'constructionUnit.creditCode' must be 18 characters, got 17"),
                bad(Feed.PROJECTS, with(PROJECT, "generalContractor", "\"浙江某建工集团\""),
                        "field 'generalContractor' must be an object {creditCode, name}, got a string"),
                // workers
                bad(Feed.WORKERS, with(WORKER, "idNumber", "\"110101199003074515\""),
                        "field 'idNumber' must be an 18-character resident ID with a valid GB 11643 check character"),
                bad(Feed.WORKERS, with(WORKER, "idNumber", "\"11010119900307459x\""),
                        "field 'idNumber' must be an 18-character resident ID with a valid GB 11643 check character"),
                bad(Feed.WORKERS, with(WORKER, "idNumber", "\"110101900307451\""),
                        "field 'idNumber' must be an 18-character resident ID with a valid GB 11643 check character"),
                bad(Feed.WORKERS, with(WORKER, "wageType", "\"HOURLY\""),
                        "field 'wageType' has unknown value 'HOURLY' (expected one of DAILY, MONTHLY)"),
                bad(Feed.WORKERS, with(WORKER, "wageRate", "0"), "field 'wageRate' must be greater than 0, got 0"),
                bad(Feed.WORKERS, with(WORKER, "wageRate", "\"350\""), "field 'wageRate' must be a number (money), got a string"),
                bad(Feed.WORKERS, with(WORKER, "bankCardNo", "\"62220212345\""), "field 'bankCardNo' must be 12 to 19 digits"),
                bad(Feed.WORKERS, with(WORKER, "bankCardNo", "\"6222-0212-3456-7890\""), "field 'bankCardNo' must be 12 to 19 digits"),
                bad(Feed.WORKERS, with(WORKER, "entryDate", "\"2026/03/05\""),
                        "field 'entryDate' must be a calendar date YYYY-MM-DD, got '2026/03/05'"),
                bad(Feed.WORKERS, without(WORKER, "name"), "field 'name' is required but missing"),
                bad(Feed.WORKERS, with(WORKER, "name", "true"), "field 'name' must be a string, got a boolean"),
                // attendance
                bad(Feed.ATTENDANCE, with(ATTENDANCE, "direction", "\"UP\""),
                        "field 'direction' has unknown value 'UP' (expected one of IN, OUT)"),
                bad(Feed.ATTENDANCE, with(ATTENDANCE, "time", "\"2026-11-03 07:12:45+08:00\""),
                        "field 'time' must be a timestamp with an offset, like 2026-11-03T07:12:45+08:00, got '2026-11-03 07:12:45+08:00'"),
                bad(Feed.ATTENDANCE, with(ATTENDANCE, "time", "\"2026-11-03T25:00:00+08:00\""),
                        "field 'time' must be a timestamp with an offset, like 2026-11-03T07:12:45+08:00, got '2026-11-03T25:00:00+08:00'"),
                bad(Feed.ATTENDANCE, with(ATTENDANCE, "time", "\"2026-11-03T07:12:45+08\""),
                        "field 'time' must be a timestamp with an offset, like 2026-11-03T07:12:45+08:00, got '2026-11-03T07:12:45+08'"),
                bad(Feed.ATTENDANCE, with(ATTENDANCE, "time", "1762125165"), "field 'time' must be a string, got a number"),
                bad(Feed.ATTENDANCE, with(ATTENDANCE, "method", "\"IRIS\""),
                        "field 'method' has unknown value 'IRIS' (expected one of CARD, FACE, FINGERPRINT, MANUAL)"),
                bad(Feed.ATTENDANCE, without(ATTENDANCE, "eventId"), "field 'eventId' is required but missing"),
                bad(Feed.ATTENDANCE, with(ATTENDANCE, "workerId", "{}"), "field 'workerId' must be a string, got an object"),
                // payroll
                bad(Feed.PAYROLL, with(PAYMENT, "period", "\"2026-13\""), "field 'period' must be a month YYYY-MM, got '2026-13'"),
                bad(Feed.PAYROLL, with(PAYMENT, "period", "\"2026-10-01\""), "field 'period' must be a month YYYY-MM, got '2026-10-01'"),
                bad(Feed.PAYROLL, with(PAYMENT, "amount", "0"), "field 'amount' must be greater than 0, got 0"),
                bad(Feed.PAYROLL, with(PAYMENT, "amount", "7350.001"), "field 'amount' has more than 2 decimals: 7350.001"),
                bad(Feed.PAYROLL, with(PAYMENT, "amount", "1E+20"),
                        "field 'amount' is too large (more than 16 digits before the point)"),
                bad(Feed.PAYROLL, with(PAYMENT, "status", "\"PENDING\""),
                        "field 'status' has unknown value 'PENDING' (expected one of FAILED, RETURNED, SUCCESS)"),
                bad(Feed.PAYROLL, with(PAYMENT, "payeeCardNo", "\"1234\""), "field 'payeeCardNo' must be 12 to 19 digits"),
                // account transactions
                bad(Feed.ACCOUNT_TXNS, without(ACCOUNT_TXN, "forPeriod"),
                        "field 'forPeriod' is required for a LABOR_COST_DEPOSIT but missing"),
                bad(Feed.ACCOUNT_TXNS, with(ACCOUNT_TXN, "type", "\"TRANSFER\""),
                        "field 'type' has unknown value 'TRANSFER' (expected one of LABOR_COST_DEPOSIT, OTHER_DEBIT, REFUND, WAGE_PAYOUT)"),
                bad(Feed.ACCOUNT_TXNS, with(ACCOUNT_TXN, "balanceAfter", "-5.00"),
                        "field 'balanceAfter' must not be negative, got -5.00"),
                bad(Feed.ACCOUNT_TXNS, with(ACCOUNT_TXN, "amount", "-100"), "field 'amount' must be greater than 0, got -100"),
                bad(Feed.ACCOUNT_TXNS, with(ACCOUNT_TXN, "forPeriod", "\"2026-1\""),
                        "field 'forPeriod' must be a month YYYY-MM, got '2026-1'"),
                // complaints
                bad(Feed.COMPLAINTS, with(COMPLAINT, "workerCount", "0"),
                        "field 'workerCount' must be an integer from 1 to 2147483647, got 0"),
                bad(Feed.COMPLAINTS, with(COMPLAINT, "workerCount", "2.5"), "field 'workerCount' must be a whole number, got 2.5"),
                bad(Feed.COMPLAINTS, with(COMPLAINT, "workerCount", "99999999999999999999"),
                        "field 'workerCount' must be an integer from 1 to 2147483647, got 99999999999999999999"),
                bad(Feed.COMPLAINTS, with(COMPLAINT, "amountClaimed", "-1"), "field 'amountClaimed' must not be negative, got -1"),
                bad(Feed.COMPLAINTS, without(COMPLAINT, "receivedAt"), "field 'receivedAt' is required but missing"),
                bad(Feed.COMPLAINTS, with(COMPLAINT, "channel", "\"EMAIL\""),
                        "field 'channel' has unknown value 'EMAIL' (expected one of HOTLINE_12333, ONLINE, REFERRAL, WALK_IN)"));
    }

    private static Arguments bad(Feed feed, String raw, String reason) {
        return Arguments.of(feed, raw, reason);
    }

    @ParameterizedTest(name = "[{index}] {0}: {2}")
    @MethodSource("badInputs")
    void shouldRejectWithReason(Feed feed, String raw, String expectedReason) {
        RejectedRecord rejected = reject(feed, raw.getBytes(StandardCharsets.UTF_8));

        if (expectedReason.endsWith("...")) {
            assertThat(rejected.reason()).startsWith(expectedReason.substring(0, expectedReason.length() - 3));
        } else {
            assertThat(rejected.reason()).isEqualTo(expectedReason);
        }
        assertThat(rejected.feed()).isEqualTo(feed);
        assertThat(rejected.raw()).isEqualTo(raw);
        assertThat(rejected.topic()).isEqualTo(feed.defaultTopic());
        assertThat(rejected.partition()).isEqualTo(3);
        assertThat(rejected.offset()).isEqualTo(77L);
        assertThat(rejected.receivedAt()).isEqualTo(RECEIVED);
    }

    @Test
    void shouldRejectAMegabyteLineAndKeepItsFirst4KiB() {
        String huge = with(COMPLAINT, "summary", "\"" + "欠薪".repeat(180_000) + "\"");
        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);

        RejectedRecord rejected = reject(Feed.COMPLAINTS, bytes);

        assertThat(bytes.length).isGreaterThan(1_000_000);
        assertThat(rejected.reason()).isEqualTo("record is " + bytes.length + " bytes, more than the limit of 65536");
        assertThat(rejected.raw().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096).isGreaterThan(4090);
        assertThat(huge).startsWith(rejected.raw());
    }

    @Test
    void shouldRejectInvalidUtf8() {
        byte[] bytes = with(WORKER, "name", "\"张X\"").getBytes(StandardCharsets.UTF_8);
        int x = indexOf(bytes, (byte) 'X');
        bytes[x] = (byte) 0xFF;

        assertThat(reject(Feed.WORKERS, bytes).reason()).isEqualTo("not valid UTF-8");
    }

    @Test
    void shouldRejectAnOverlongUtf8EncodingInAnIgnoredField() {
        byte[] prefix = "{\"x\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[prefix.length + 4];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[prefix.length] = (byte) 0xC0;
        bytes[prefix.length + 1] = (byte) 0xAF;
        bytes[prefix.length + 2] = '"';
        bytes[prefix.length + 3] = '}';

        assertThat(reject(Feed.ATTENDANCE, bytes).reason()).isEqualTo("not valid UTF-8");
    }

    @Test
    void shouldRejectANullKafkaValueAsEmpty() {
        DecodedRecord result = decoder.decodeKafka(Feed.PAYROLL, null, "ww.payroll", 0, 5, RECEIVED);

        assertThat(result).isInstanceOfSatisfying(RejectedRecord.class, r -> {
            assertThat(r.reason()).isEqualTo("empty message");
            assertThat(r.raw()).isEmpty();
        });
    }

    @Test
    void shouldRecordFileAndLineForReplayLines() {
        DecodedRecord result = decoder.decodeLine(Feed.ATTENDANCE, "{".getBytes(StandardCharsets.UTF_8),
                "feeds/attendance.jsonl", 12, RECEIVED);

        assertThat(result).isInstanceOfSatisfying(RejectedRecord.class, r -> {
            assertThat(r.file()).isEqualTo("feeds/attendance.jsonl");
            assertThat(r.line()).isEqualTo(12L);
            assertThat(r.topic()).isNull();
            assertThat(r.partition()).isNull();
            assertThat(r.offset()).isNull();
        });
    }

    @Test
    void shouldDecodeAProjectExactly() {
        Project p = decode(Feed.PROJECTS, PROJECT);

        assertThat(p).isEqualTo(new Project("P001", "滨江花园二期", "330106", "西湖区",
                new Party("91330106MA2XXXXX1A", "杭州某置业有限公司"), new Party("91330100MA2YYYYY2B", "浙江某建工集团"),
                ProjectStatus.IN_PROGRESS, LocalDate.of(2026, 3, 1), LocalDate.of(2027, 6, 30), 15,
                new BigDecimal("300000.50"), 10, "33050161234500000001", new BigDecimal("500000.00"),
                new BigDecimal("250000.00"), Instant.parse("2026-11-02T23:12:45Z")));
    }

    @Test
    void shouldApplyProjectDefaults() {
        String minimal = "{\"projectId\":\"P9\",\"name\":\"n\",\"districtCode\":\"110101\",\"status\":\"PLANNED\","
                + "\"startDate\":\"2026-01-01\",\"payDay\":20.0,\"updatedAt\":\"2026-01-01T00:00Z\"}";

        Project p = decode(Feed.PROJECTS, minimal);

        assertThat(p.payDay()).isEqualTo(20);
        assertThat(p.laborCostDueDay()).isEqualTo(20);
        assertThat(p.laborCostMonthly()).isEqualTo(new BigDecimal("0.00"));
        assertThat(p.depositRequired()).isEqualTo(new BigDecimal("0.00"));
        assertThat(p.depositPaid()).isEqualTo(new BigDecimal("0.00"));
        assertThat(p.constructionUnit()).isNull();
        assertThat(p.updatedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void shouldDecodeAWorkerExactly() {
        Worker w = decode(Feed.WORKERS, WORKER);

        assertThat(w).isEqualTo(new Worker("W001", "P001", "张三丰", "110101199003074514", "91330100MA2ZZZZZ3C",
                "某劳务有限公司", "钢筋工", WageType.DAILY, new BigDecimal("350.00"), "6222021234567890123",
                LocalDate.of(2026, 3, 5), null, Instant.parse("2026-03-05T00:00:00Z")));
        assertThat(w.toString()).doesNotContain("张三丰", "110101199003074514", "6222021234567890123");
    }

    @Test
    void shouldAcceptAnUppercaseXCheckCharacter() {
        Worker w = decode(Feed.WORKERS, with(WORKER, "idNumber", "\"11010119900307459X\""));

        assertThat(w.idNumber()).isEqualTo("11010119900307459X");
    }

    @Test
    void shouldDecodeAttendanceWithUnknownFieldsIgnored() {
        Attendance a = decode(Feed.ATTENDANCE,
                with(ATTENDANCE, "temperature", "36.6", "extra", "{\"nested\":[1,2,{\"deep\":null}]}"));

        assertThat(a).isEqualTo(new Attendance("E001", "P001", "W001", "GATE-1", Direction.IN,
                Instant.parse("2026-11-02T23:12:45Z"), PunchMethod.FACE));
    }

    @Test
    void shouldAcceptTimestampsWithoutSecondsInUtcOrWithFractions() {
        assertThat(this.<Attendance>decode(Feed.ATTENDANCE, with(ATTENDANCE, "time", "\"2026-11-03T07:12+08:00\"")).time())
                .isEqualTo(Instant.parse("2026-11-02T23:12:00Z"));
        assertThat(this.<Attendance>decode(Feed.ATTENDANCE, with(ATTENDANCE, "time", "\"2026-11-02T23:30:00Z\"")).time())
                .isEqualTo(Instant.parse("2026-11-02T23:30:00Z"));
        assertThat(this.<Attendance>decode(Feed.ATTENDANCE, with(ATTENDANCE, "time", "\"2026-11-03T07:12:45.250-05:30\"")).time())
                .isEqualTo(Instant.parse("2026-11-03T12:42:45.250Z"));
    }

    @Test
    void shouldDecodeAPaymentExactly() {
        Payment p = decode(Feed.PAYROLL, PAYMENT);

        assertThat(p).isEqualTo(new Payment("PAY001", "P001", "W001", YearMonth.of(2026, 10), new BigDecimal("7350.00"),
                Instant.parse("2026-11-14T08:30:00Z"), PaymentStatus.SUCCESS, "6222021234567890123"));
        assertThat(p.toString()).doesNotContain("6222021234567890123");
    }

    @Test
    void shouldReadMoneyExactlyAndAcceptTrailingZeros() {
        assertThat(this.<Payment>decode(Feed.PAYROLL, with(PAYMENT, "amount", "1.500")).amount())
                .isEqualTo(new BigDecimal("1.50"));
        assertThat(this.<Payment>decode(Feed.PAYROLL, with(PAYMENT, "amount", "0.1")).amount())
                .isEqualTo(new BigDecimal("0.10"));
        assertThat(this.<Payment>decode(Feed.PAYROLL, with(PAYMENT, "amount", "1E+2")).amount())
                .isEqualTo(new BigDecimal("100.00"));
        assertThat(this.<Payment>decode(Feed.PAYROLL, with(PAYMENT, "amount", "9999999999999999.99")).amount())
                .isEqualTo(new BigDecimal("9999999999999999.99"));
    }

    @Test
    void shouldDecodeAnAccountTxnExactly() {
        AccountTxn t = decode(Feed.ACCOUNT_TXNS, ACCOUNT_TXN);

        assertThat(t).isEqualTo(new AccountTxn("T001", "P001", TxnType.LABOR_COST_DEPOSIT, new BigDecimal("300000.50"),
                Instant.parse("2026-11-08T02:00:00Z"), "33050161234500000001", new BigDecimal("412000.75"),
                YearMonth.of(2026, 10)));
    }

    @Test
    void shouldNotRequireForPeriodForOtherTransactions() {
        AccountTxn t = decode(Feed.ACCOUNT_TXNS,
                without(with(ACCOUNT_TXN, "type", "\"OTHER_DEBIT\"", "balanceAfter", "0"), "forPeriod"));

        assertThat(t.type()).isEqualTo(TxnType.OTHER_DEBIT);
        assertThat(t.forPeriod()).isNull();
        assertThat(t.balanceAfter()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void shouldDecodeAComplaintExactly() {
        Complaint c = decode(Feed.COMPLAINTS, COMPLAINT);

        assertThat(c).isEqualTo(new Complaint("C001", Instant.parse("2026-11-20T01:15:00Z"), "P001",
                ComplaintChannel.HOTLINE_12333, 12, new BigDecimal("86000.00"), "十二名钢筋工十月工资未发"));
    }

    @Test
    void shouldDefaultComplaintCountsAndAllowAMissingProject() {
        String minimal = "{\"complaintId\":\"C2\",\"receivedAt\":\"2026-11-20T09:15:00+08:00\",\"projectId\":null}";

        Complaint c = decode(Feed.COMPLAINTS, minimal);

        assertThat(c.projectId()).isNull();
        assertThat(c.workerCount()).isEqualTo(1);
        assertThat(c.amountClaimed()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void shouldCutRawTextOnACharacterBoundary() {
        byte[] bytes = ("a" + "工".repeat(2000)).getBytes(StandardCharsets.UTF_8);

        String raw = FeedDecoder.rawText(bytes);

        assertThat(raw).isEqualTo("a" + "工".repeat(1365));
        assertThat(raw.getBytes(StandardCharsets.UTF_8).length).isEqualTo(4096);
    }

    @SuppressWarnings("unchecked")
    private <T extends FeedEvent> T decode(Feed feed, String json) {
        DecodedRecord result = decoder.decodeKafka(
                feed, json.getBytes(StandardCharsets.UTF_8), feed.defaultTopic(), 0, 0, RECEIVED);
        assertThat(result).as("decoded %s", result).isInstanceOf(FeedRecord.class);
        return (T) ((FeedRecord) result).event();
    }

    private RejectedRecord reject(Feed feed, byte[] bytes) {
        DecodedRecord result = decoder.decodeKafka(feed, bytes, feed.defaultTopic(), 3, 77, RECEIVED);
        assertThat(result).isInstanceOf(RejectedRecord.class);
        return (RejectedRecord) result;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
