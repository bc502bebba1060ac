package org.wagewatch.jobs.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.wagewatch.connectors.feed.Feed;
import org.wagewatch.connectors.feed.ResidentId;

/**
 * A small, deterministic city for the demo: three projects, their crews, a fortnight of gate
 * punches, October's payroll (one crew left unpaid), the wage accounts, a few complaints, and a few
 * malformed messages of the kind a real day brings.
 */
public final class DemoSample {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneOffset CST = ZoneOffset.ofHours(8);
    private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴"};
    private static final String[] GIVEN = {"伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "华"};
    private static final String[] TRADES = {"钢筋工", "木工", "混凝土工", "架子工", "电焊工"};

    private final Map<Feed, List<byte[]>> messages = new EnumMap<>(Feed.class);
    private final Random random = new Random(20261125L);

    private DemoSample() {
        for (Feed feed : Feed.values()) {
            messages.put(feed, new ArrayList<>());
        }
    }

    /** The sample's messages by feed, in time order within each feed. */
    public static Map<Feed, List<byte[]>> build() {
        DemoSample sample = new DemoSample();
        sample.project("P-330106-001", "滨江花园二期", "330106", "西湖区", 15, 300000, true);
        sample.project("P-330108-002", "钱塘科创中心", "330108", "滨江区", 10, 180000, false);
        sample.project("P-330110-003", "城西安置房三标段", "330110", "余杭区", 20, 0, true);
        sample.malformed();
        return sample.messages;
    }

    private void project(String projectId, String name, String district, String districtName, int payDay,
            int laborCost, boolean paysOctober) {
        add(Feed.PROJECTS, object(
                "projectId", projectId, "name", name, "districtCode", district, "districtName", districtName,
                "status", "IN_PROGRESS", "startDate", "2026-06-01", "payDay", payDay,
                "laborCostMonthly", laborCost, "wageAccountNo", "3305" + district + "0000001",
                "depositRequired", 500000, "depositPaid", paysOctober ? 500000 : 200000,
                "updatedAt", at(LocalDate.of(2026, 6, 1), 9)));
        int crew = 12 + random.nextInt(8);
        List<String> workers = new ArrayList<>();
        for (int i = 1; i <= crew; i++) {
            String workerId = projectId + "-W" + String.format("%03d", i);
            workers.add(workerId);
            add(Feed.WORKERS, object(
                    "workerId", workerId, "projectId", projectId,
                    "name", SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)],
                    "idNumber", ResidentId.withCheckCharacter(district + "19" + (70 + random.nextInt(30))
                            + String.format("%02d%02d%03d", 1 + random.nextInt(12), 1 + random.nextInt(28), i)),
                    "trade", TRADES[i % TRADES.length], "wageType", i % 4 == 0 ? "MONTHLY" : "DAILY",
                    "wageRate", i % 4 == 0 ? 7800 : 320 + 10 * (i % 5),
                    "bankCardNo", "622202" + String.format("%013d", Math.abs(random.nextLong()) % 10_000_000_000_000L),
                    "entryDate", "2026-06-01", "updatedAt", at(LocalDate.of(2026, 6, 1), 10)));
        }
        for (LocalDate day = LocalDate.of(2026, 10, 19); day.isBefore(LocalDate.of(2026, 11, 7)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (String workerId : workers) {
                if (random.nextInt(10) == 0) {
                    continue;
                }
                punch(projectId, workerId, day, "IN", 7, random.nextInt(40));
                punch(projectId, workerId, day, "OUT", 17, random.nextInt(50));
            }
        }
        if (paysOctober) {
            for (String workerId : workers) {
                add(Feed.PAYROLL, object(
                        "paymentId", "PAY-" + workerId + "-2026-10", "projectId", projectId, "workerId", workerId,
                        "period", "2026-10", "amount", 3000 + random.nextInt(4000),
                        "paidAt", at(LocalDate.of(2026, 11, payDay - 2), 15), "status", "SUCCESS"));
            }
        } else {
            add(Feed.COMPLAINTS, object(
                    "complaintId", "C-" + projectId + "-1", "receivedAt", at(LocalDate.of(2026, 11, 12), 9),
                    "projectId", projectId, "channel", "HOTLINE_12333", "workerCount", workers.size(),
                    "amountClaimed", 86000, "summary", "十月工资至今未发放"));
        }
        if (laborCost > 0) {
            add(Feed.ACCOUNT_TXNS, object(
                    "txnId", "T-" + projectId + "-1", "projectId", projectId, "type", "LABOR_COST_DEPOSIT",
                    "amount", laborCost, "time", at(LocalDate.of(2026, 11, 5), 10), "balanceAfter", laborCost + 12000,
                    "forPeriod", "2026-10"));
        }
    }

    private void punch(String projectId, String workerId, LocalDate day, String direction, int hour, int minute) {
        add(Feed.ATTENDANCE, object(
                "eventId", "E-" + workerId + "-" + day + "-" + direction, "projectId", projectId, "workerId", workerId,
                "deviceId", projectId + "-GATE-1", "direction", direction,
                "time", OffsetDateTime.of(day.atTime(hour, minute), CST).toString(), "method", "FACE"));
    }

    /** What a real day brings: cut-off lines, wrong types, bad check digits, unknown values. */
    private void malformed() {
        messages.get(Feed.ATTENDANCE).add(bytes("{\"eventId\":\"E-broken\",\"projectId\":\"P-330106-001\",\"work"));
        messages.get(Feed.ATTENDANCE).add(bytes(
                "{\"eventId\":\"E-x\",\"projectId\":\"P-330106-001\",\"workerId\":\"W\",\"direction\":\"UP\",\"time\":\"2026-11-03T07:00:00+08:00\"}"));
        messages.get(Feed.ATTENDANCE).add(bytes(
                "{\"eventId\":\"E-y\",\"projectId\":\"P-330106-001\",\"workerId\":\"W\",\"direction\":\"IN\",\"time\":\"2026-11-03 07:00:00\"}"));
        messages.get(Feed.WORKERS).add(bytes(
                "{\"workerId\":\"W-bad\",\"projectId\":\"P-330108-002\",\"name\":\"孙小明\",\"idNumber\":\"330108199001011235\","
                        + "\"wageType\":\"DAILY\",\"wageRate\":300,\"entryDate\":\"2026-06-01\",\"updatedAt\":\"2026-06-01T10:00:00+08:00\"}"));
        messages.get(Feed.PAYROLL).add(bytes(
                "{\"paymentId\":\"PAY-x\",\"projectId\":\"P-330106-001\",\"workerId\":\"W\",\"period\":\"2026-10\",\"amount\":100.005,"
                        + "\"paidAt\":\"2026-11-13T15:00:00+08:00\",\"status\":\"SUCCESS\"}"));
        messages.get(Feed.ACCOUNT_TXNS).add(bytes("[\"not\",\"an\",\"object\"]"));
        messages.get(Feed.PROJECTS).add(bytes(
                "{\"projectId\":\"P-x\",\"name\":\"x\",\"districtCode\":\"33010\",\"status\":\"IN_PROGRESS\","
                        + "\"startDate\":\"2026-06-01\",\"payDay\":31,\"updatedAt\":\"2026-06-01T09:00:00+08:00\"}"));
        messages.get(Feed.COMPLAINTS).add(bytes(""));
    }

    private void add(Feed feed, Map<String, Object> record) {
        try {
            messages.get(feed).add(JSON.writeValueAsBytes(record));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> object(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static String at(LocalDate day, int hour) {
        return OffsetDateTime.of(day.atTime(hour, 0), CST).toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
