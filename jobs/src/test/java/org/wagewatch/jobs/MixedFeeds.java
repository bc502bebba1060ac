package org.wagewatch.jobs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.wagewatch.connectors.feed.Feed;
import org.wagewatch.connectors.feed.ResidentId;

/**
 * Deterministic test traffic for the six feeds: valid records with known ids and personal data,
 * and malformed ones with the reason each must be rejected for.
 */
final class MixedFeeds {

    /** A message and, if it is malformed, the reason it must be rejected with. */
    record Message(Feed feed, String id, byte[] value, String expectedReason) {}

    final Map<Feed, List<Message>> valid = new EnumMap<>(Feed.class);
    final List<Message> malformed = new ArrayList<>();
    final List<String> personalData = new ArrayList<>();

    MixedFeeds(int projects, int workersPerProject, int punchesPerWorker, int malformedCount) {
        for (Feed feed : Feed.values()) {
            valid.put(feed, new ArrayList<>());
        }
        for (int p = 0; p < projects; p++) {
            String projectId = "P" + p;
            add(Feed.PROJECTS, projectId, "{\"projectId\":\"" + projectId + "\",\"name\":\"项目" + p
                    + "\",\"districtCode\":\"330106\",\"status\":\"IN_PROGRESS\",\"startDate\":\"2026-06-01\","
                    + "\"payDay\":15,\"laborCostMonthly\":100000.5,\"updatedAt\":\"2026-06-01T09:00:00+08:00\"}");
            add(Feed.ACCOUNT_TXNS, "T" + p, "{\"txnId\":\"T" + p + "\",\"projectId\":\"" + projectId
                    + "\",\"type\":\"LABOR_COST_DEPOSIT\",\"amount\":100000.5,\"time\":\"2026-11-05T10:00:00+08:00\","
                    + "\"balanceAfter\":120000,\"forPeriod\":\"2026-10\"}");
            add(Feed.COMPLAINTS, "C" + p, "{\"complaintId\":\"C" + p + "\",\"receivedAt\":\"2026-11-20T09:15:00+08:00\","
                    + "\"projectId\":" + (p % 5 == 0 ? "null" : "\"" + projectId + "\"") + ",\"workerCount\":3}");
            for (int w = 0; w < workersPerProject; w++) {
                String workerId = projectId + "-W" + w;
                String name = "欧阳" + "春夏秋冬".charAt(w % 4) + "天地玄黄".charAt(p % 4);
                String idNumber = ResidentId.withCheckCharacter(String.format("33010619%02d0101%03d", 60 + p % 40, w));
                String card = String.format("6222%015d", (long) p * 100_000 + w);
                personalData.add(name);
                personalData.add(idNumber);
                personalData.add(card);
                add(Feed.WORKERS, workerId, "{\"workerId\":\"" + workerId + "\",\"projectId\":\"" + projectId
                        + "\",\"name\":\"" + name + "\",\"idNumber\":\"" + idNumber + "\",\"wageType\":\"DAILY\","
                        + "\"wageRate\":350,\"bankCardNo\":\"" + card + "\",\"entryDate\":\"2026-06-01\","
                        + "\"updatedAt\":\"2026-06-01T10:00:00+08:00\"}");
                add(Feed.PAYROLL, "PAY-" + workerId, "{\"paymentId\":\"PAY-" + workerId + "\",\"projectId\":\""
                        + projectId + "\",\"workerId\":\"" + workerId + "\",\"period\":\"2026-10\",\"amount\":7350,"
                        + "\"paidAt\":\"2026-11-14T16:30:00+08:00\",\"status\":\"SUCCESS\",\"payeeCardNo\":\"" + card + "\"}");
                for (int i = 0; i < punchesPerWorker; i++) {
                    String eventId = "E-" + workerId + "-" + i;
                    add(Feed.ATTENDANCE, eventId, "{\"eventId\":\"" + eventId + "\",\"projectId\":\"" + projectId
                            + "\",\"workerId\":\"" + workerId + "\",\"direction\":\"" + (i % 2 == 0 ? "IN" : "OUT")
                            + "\",\"time\":\"2026-11-" + String.format("%02d", 2 + i / 2) + "T"
                            + (i % 2 == 0 ? "07" : "17") + ":00:00+08:00\",\"method\":\"FACE\"}");
                }
            }
        }
        for (int i = 0; i < malformedCount; i++) {
            malformed.add(malformed(i));
        }
    }

    int validCount() {
        return valid.values().stream().mapToInt(List::size).sum();
    }

    private void add(Feed feed, String id, String json) {
        valid.get(feed).add(new Message(feed, id, json.getBytes(StandardCharsets.UTF_8), null));
    }

    /** Ten kinds of breakage, each carrying a unique marker so it can be found again. */
    private Message malformed(int i) {
        String id = "BAD" + i;
        String name = "司马" + "东南西北".charAt(i % 4) + "风";
        String idNumber = ResidentId.withCheckCharacter(String.format("3301061985%07d", i));
        String card = String.format("6228%015d", 900_000L + i);
        return switch (i % 10) {
            case 0 -> bad(Feed.ATTENDANCE, id, "{\"eventId\":\"" + id + "\",\"projectId\":\"P1\",\"work",
                    "not valid JSON: Unexpected end-of-input...");
            case 1 -> bad(Feed.ATTENDANCE, id, "{\"eventId\":\"" + id + "\",\"projectId\":\"P1\",\"workerId\":\"W\","
                    + "\"direction\":\"UP\",\"time\":\"2026-11-03T07:00:00+08:00\"}",
                    "field 'direction' has unknown value 'UP' (expected one of IN, OUT)");
            case 2 -> bad(Feed.ATTENDANCE, id, "{\"eventId\":\"" + id + "\",\"projectId\":\"P1\",\"workerId\":\"W\","
                    + "\"direction\":\"IN\",\"time\":\"2026-11-03T07:00:00\"}",
                    "field 'time' must be a timestamp with an offset, like 2026-11-03T07:12:45+08:00, got '2026-11-03T07:00:00'");
            case 3 -> {
                personalData.add(name);
                personalData.add(card);
                String wrongCheck = idNumber.substring(0, 17) + (idNumber.charAt(17) == '0' ? '1' : '0');
                personalData.add(wrongCheck);
                yield bad(Feed.WORKERS, id, "{\"workerId\":\"" + id + "\",\"projectId\":\"P1\",\"name\":\"" + name
                        + "\",\"idNumber\":\"" + wrongCheck + "\",\"wageType\":\"DAILY\",\"wageRate\":300,"
                        + "\"bankCardNo\":\"" + card + "\",\"entryDate\":\"2026-06-01\",\"updatedAt\":\"2026-06-01T10:00:00+08:00\"}",
                        "field 'idNumber' must be an 18-character resident ID with a valid GB 11643 check character");
            }
            case 4 -> {
                personalData.add(card);
                yield bad(Feed.PAYROLL, id, "{\"paymentId\":\"" + id + "\",\"projectId\":\"P1\",\"workerId\":\"W\","
                        + "\"period\":\"2026-10\",\"amount\":100.005,\"paidAt\":\"2026-11-13T15:00:00+08:00\","
                        + "\"status\":\"SUCCESS\",\"payeeCardNo\":\"" + card + "\"}",
                        "field 'amount' has more than 2 decimals: 100.005");
            }
            case 5 -> bad(Feed.ACCOUNT_TXNS, id, "[\"" + id + "\"]", "expected a JSON object, got an array");
            case 6 -> bad(Feed.PROJECTS, id, "{\"projectId\":\"" + id + "\",\"name\":\"x\",\"districtCode\":\"330106\","
                    + "\"status\":\"IN_PROGRESS\",\"startDate\":\"2026-06-01\",\"payDay\":31,"
                    + "\"updatedAt\":\"2026-06-01T09:00:00+08:00\"}",
                    "field 'payDay' must be an integer from 1 to 28, got 31");
            case 7 -> bad(Feed.COMPLAINTS, id, "{\"complaintId\":\"" + id + "\",\"receivedAt\":\"2026-11-20T09:15:00+08:00\","
                    + "\"workerCount\":0}", "field 'workerCount' must be an integer from 1 to 2147483647, got 0");
            case 8 -> {
                byte[] value = ("{\"eventId\":\"" + id + "\",\"note\":\"x\"}").getBytes(StandardCharsets.UTF_8);
                value[value.length - 3] = (byte) 0xFE;
                yield new Message(Feed.ATTENDANCE, id, value, "not valid UTF-8");
            }
            default -> {
                personalData.add(name);
                personalData.add(idNumber);
                yield bad(Feed.WORKERS, id, "{\"workerId\":\"" + id + "\",\"projectId\":\"P1\",\"name\":\"" + name
                    + "\",\"idNumber\":\"" + idNumber + "\",\"wageType\":\"HOURLY\",\"wageRate\":300,"
                    + "\"entryDate\":\"2026-06-01\",\"updatedAt\":\"2026-06-01T10:00:00+08:00\"}",
                        "field 'wageType' has unknown value 'HOURLY' (expected one of DAILY, MONTHLY)");
            }
        };
    }

    private Message bad(Feed feed, String id, String text, String reason) {
        return new Message(feed, id, text.getBytes(StandardCharsets.UTF_8), reason);
    }
}
