package org.wagewatch.connectors.feed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Valid sample messages of every feed, and helpers that break them one field at a time. */
public final class FeedSamples {

    /** Exact decimals, so that a sample's money reads back as written. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    public static final String PROJECT = """
            {"projectId":"P001","name":"滨江花园二期","districtCode":"330106","districtName":"西湖区",
             "constructionUnit":{"creditCode":"91330106MA2XXXXX1A","name":"杭州某置业有限公司"},
             "generalContractor":{"creditCode":"91330100MA2YYYYY2B","name":"浙江某建工集团"},
             "status":"IN_PROGRESS","startDate":"2026-03-01","plannedEndDate":"2027-06-30",
             "payDay":15,"laborCostMonthly":300000.5,"laborCostDueDay":10,"wageAccountNo":"33050161234500000001",
             "depositRequired":500000,"depositPaid":250000.00,"updatedAt":"2026-11-03T07:12:45+08:00"}""";

    public static final String WORKER = """
            {"workerId":"W001","projectId":"P001","name":"张三丰","idNumber":"110101199003074514",
             "employerCreditCode":"91330100MA2ZZZZZ3C","employerName":"某劳务有限公司","trade":"钢筋工",
             "wageType":"DAILY","wageRate":350,"bankCardNo":"6222021234567890123",
             "entryDate":"2026-03-05","exitDate":null,"updatedAt":"2026-03-05T08:00:00+08:00"}""";

    public static final String ATTENDANCE = """
            {"eventId":"E001","projectId":"P001","workerId":"W001","deviceId":"GATE-1","direction":"IN",
             "time":"2026-11-03T07:12:45+08:00","method":"FACE"}""";

    public static final String PAYMENT = """
            {"paymentId":"PAY001","projectId":"P001","workerId":"W001","period":"2026-10","amount":7350.00,
             "paidAt":"2026-11-14T16:30:00+08:00","status":"SUCCESS","payeeCardNo":"6222021234567890123"}""";

    public static final String ACCOUNT_TXN = """
            {"txnId":"T001","projectId":"P001","type":"LABOR_COST_DEPOSIT","amount":300000.50,
             "time":"2026-11-08T10:00:00+08:00","accountNo":"33050161234500000001","balanceAfter":412000.75,
             "forPeriod":"2026-10"}""";

    public static final String COMPLAINT = """
            {"complaintId":"C001","receivedAt":"2026-11-20T09:15:00+08:00","projectId":"P001",
             "channel":"HOTLINE_12333","workerCount":12,"amountClaimed":86000,"summary":"十二名钢筋工十月工资未发"}""";

    private FeedSamples() {}

    public static String sample(Feed feed) {
        return switch (feed) {
            case PROJECTS -> PROJECT;
            case WORKERS -> WORKER;
            case ATTENDANCE -> ATTENDANCE;
            case PAYROLL -> PAYMENT;
            case ACCOUNT_TXNS -> ACCOUNT_TXN;
            case COMPLAINTS -> COMPLAINT;
        };
    }

    /** The sample with one field set to a raw JSON value (or added). */
    public static String with(String sample, String field, String rawJsonValue) {
        ObjectNode node = parse(sample);
        node.set(field, parseValue(rawJsonValue));
        return node.toString();
    }

    /** The sample with several fields set, as field/raw-JSON pairs. */
    public static String with(String sample, String... fieldValuePairs) {
        String result = sample;
        for (int i = 0; i < fieldValuePairs.length; i += 2) {
            result = with(result, fieldValuePairs[i], fieldValuePairs[i + 1]);
        }
        return result;
    }

    public static String without(String sample, String field) {
        ObjectNode node = parse(sample);
        node.remove(field);
        return node.toString();
    }

    /** The sample on one line, as it travels on Kafka and in replay files. */
    public static String compact(String sample) {
        return parse(sample).toString();
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static JsonNode parseValue(String rawJson) {
        try {
            return JSON.readTree(rawJson);
        } catch (Exception e) {
            throw new IllegalArgumentException(rawJson, e);
        }
    }
}
