package org.wagewatch.jobs.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.wagewatch.connectors.feed.Feed;
import org.wagewatch.connectors.feed.ResidentId;

/**
 * A big synthetic month for benchmarks, the same for every run of one seed: 200 projects × 100
 * workers, October 2026's gate punches (Monday to Saturday), September's and October's payroll
 * (some crews unpaid or short), the wage accounts and a few complaints — about a million records.
 * Usage: {@code BigMonth OUT_DIR [projects] [workersPerProject]}.
 */
public final class BigMonth {

    private final Random random = new Random(20261125L);
    private final Map<Feed, BufferedWriter> out = new EnumMap<>(Feed.class);
    private long records;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int projects = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        long records = new BigMonth().write(dir, projects, workers);
        System.out.printf("wrote %d records for %d projects × %d workers to %s%n", records, projects, workers, dir);
    }

    long write(Path dir, int projects, int workersPerProject) throws IOException {
        Files.createDirectories(dir);
        for (Feed feed : Feed.values()) {
            out.put(feed, Files.newBufferedWriter(dir.resolve(feed.fileName()), StandardCharsets.UTF_8));
        }
        try {
            for (int p = 0; p < projects; p++) {
                project(p, workersPerProject);
            }
        } finally {
            for (BufferedWriter writer : out.values()) {
                writer.close();
            }
        }
        return records;
    }

    private void project(int p, int workersPerProject) throws IOException {
        String projectId = String.format("P%04d", p);
        String district = String.valueOf(330102 + p % 8);
        boolean paysLate = p % 10 == 3;
        boolean paysShort = p % 10 == 7;
        line(Feed.PROJECTS, String.format("{\"projectId\":\"%s\",\"name\":\"工程%d\",\"districtCode\":\"%s\","
                + "\"status\":\"IN_PROGRESS\",\"startDate\":\"2026-03-01\",\"payDay\":15,\"laborCostMonthly\":%d,"
                + "\"depositRequired\":300000,\"depositPaid\":%d,\"updatedAt\":\"2026-03-01T09:00:00+08:00\"}",
                projectId, p, district, 800_000, p % 9 == 0 ? 100_000 : 300_000));
        for (int w = 0; w < workersPerProject; w++) {
            String workerId = projectId + "-W" + w;
            boolean monthly = w % 5 == 0;
            line(Feed.WORKERS, String.format("{\"workerId\":\"%s\",\"projectId\":\"%s\",\"name\":\"工人%d\","
                    + "\"idNumber\":\"%s\",\"wageType\":\"%s\",\"wageRate\":%d,\"bankCardNo\":\"6222%015d\","
                    + "\"entryDate\":\"2026-03-01\",\"updatedAt\":\"2026-03-01T10:00:00+08:00\"}",
                    workerId, projectId, w,
                    ResidentId.withCheckCharacter(String.format("%s19%02d0101%03d", district, 70 + w % 30, w % 1000)),
                    monthly ? "MONTHLY" : "DAILY", monthly ? 8000 : 300 + w % 10 * 10, (long) p * 1000 + w));
            int days = 0;
            for (LocalDate day = LocalDate.of(2026, 10, 1); day.getMonthValue() == 10; day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SUNDAY || random.nextInt(20) == 0) {
                    continue;
                }
                days++;
                punch(projectId, workerId, day, "IN", 6 + random.nextInt(2));
                punch(projectId, workerId, day, "OUT", 17 + random.nextInt(2));
            }
            for (int month = 9; month <= 10; month++) {
                if (month == 10 && paysLate && w % 3 == 0) {
                    continue;
                }
                int amount = monthly ? 8000 : (300 + w % 10 * 10) * (month == 10 ? days : 24);
                if (paysShort && w % 4 == 0) {
                    amount = amount / 2;
                }
                line(Feed.PAYROLL, String.format("{\"paymentId\":\"%s-2026-%02d\",\"projectId\":\"%s\","
                        + "\"workerId\":\"%s\",\"period\":\"2026-%02d\",\"amount\":%d,"
                        + "\"paidAt\":\"2026-%02d-%02dT%02d:%02d:%02d+08:00\",\"status\":\"SUCCESS\","
                        + "\"payeeCardNo\":\"6222%015d\"}", workerId, month, projectId, workerId, month, amount,
                        month + 1, 10 + random.nextInt(5), 9 + random.nextInt(8), random.nextInt(60), random.nextInt(60),
                        (long) p * 1000 + w));
            }
        }
        for (int month = 9; month <= 10; month++) {
            line(Feed.ACCOUNT_TXNS, String.format("{\"txnId\":\"%s-L%d\",\"projectId\":\"%s\",\"type\":"
                    + "\"LABOR_COST_DEPOSIT\",\"amount\":%d,\"time\":\"2026-%02d-08T10:00:00+08:00\","
                    + "\"balanceAfter\":%d,\"forPeriod\":\"2026-%02d\"}", projectId, month, projectId,
                    p % 10 == 5 ? 400_000 : 800_000, month + 1, 900_000, month));
        }
        if (p % 25 == 0) {
            line(Feed.ACCOUNT_TXNS, String.format("{\"txnId\":\"%s-D\",\"projectId\":\"%s\",\"type\":\"OTHER_DEBIT\","
                    + "\"amount\":50000,\"time\":\"2026-10-20T15:00:00+08:00\",\"balanceAfter\":850000}", projectId, projectId));
        }
        if (paysLate) {
            for (int c = 0; c < 3; c++) {
                line(Feed.COMPLAINTS, String.format("{\"complaintId\":\"%s-C%d\",\"receivedAt\":"
                        + "\"2026-11-%02dT09:00:00+08:00\",\"projectId\":\"%s\",\"channel\":\"HOTLINE_12333\","
                        + "\"workerCount\":%d,\"amountClaimed\":%d}", projectId, c, 16 + c, projectId, 2 + c, 20000));
            }
        }
    }

    private void punch(String projectId, String workerId, LocalDate day, String direction, int hour) throws IOException {
        line(Feed.ATTENDANCE, String.format("{\"eventId\":\"%s-%s-%s\",\"projectId\":\"%s\",\"workerId\":\"%s\","
                + "\"deviceId\":\"%s-G1\",\"direction\":\"%s\",\"time\":\"%sT%02d:%02d:%02d+08:00\",\"method\":\"FACE\"}",
                workerId, day, direction, projectId, workerId, projectId, direction, day, hour, random.nextInt(60),
                random.nextInt(60)));
    }

    private void line(Feed feed, String json) throws IOException {
        BufferedWriter writer = out.get(feed);
        writer.write(json);
        writer.newLine();
        records++;
    }
}
