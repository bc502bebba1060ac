package org.wagewatch.connectors.feed;

import static org.wagewatch.connectors.feed.Field.date;
import static org.wagewatch.connectors.feed.Field.integer;
import static org.wagewatch.connectors.feed.Field.money;
import static org.wagewatch.connectors.feed.Field.month;
import static org.wagewatch.connectors.feed.Field.oneOf;
import static org.wagewatch.connectors.feed.Field.optional;
import static org.wagewatch.connectors.feed.Field.party;
import static org.wagewatch.connectors.feed.Field.positiveMoney;
import static org.wagewatch.connectors.feed.Field.required;
import static org.wagewatch.connectors.feed.Field.text;
import static org.wagewatch.connectors.feed.Field.timestamp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes and validates one message of a feed against DOMAIN.md §3: a valid message becomes its
 * record, anything else a {@link RejectedRecord} whose reason names the field and the problem.
 * Never throws for bad input. Thread-safe.
 */
public final class FeedDecoder implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A message larger than this is rejected unread; no valid record comes near it. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 64 * 1024;

    /** Rejected records keep this much of the raw text (DOMAIN.md §7). */
    public static final int MAX_RAW_BYTES = 4096;

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final Map<Feed, RecordSchema> SCHEMAS = schemas();

    private final int maxRecordBytes;

    public FeedDecoder() {
        this(DEFAULT_MAX_RECORD_BYTES);
    }

    public FeedDecoder(int maxRecordBytes) {
        if (maxRecordBytes <= 0) {
            throw new IllegalArgumentException("maxRecordBytes must be positive, got " + maxRecordBytes);
        }
        this.maxRecordBytes = maxRecordBytes;
    }

    /** Decodes a Kafka message; {@code receivedAt} is the record's Kafka timestamp. */
    public DecodedRecord decodeKafka(
            Feed feed, byte[] value, String topic, int partition, long offset, Instant receivedAt) {
        byte[] bytes = value == null ? new byte[0] : value;
        try {
            return new FeedRecord(decode(feed, bytes), bytes);
        } catch (InvalidRecordException e) {
            return RejectedRecord.fromKafka(
                    feed, rawText(value), e.getMessage(), topic, partition, offset, receivedAt);
        }
    }

    /** Decodes a line of a replay file; the caller skips blank lines (DOMAIN.md §3). */
    public DecodedRecord decodeLine(Feed feed, byte[] line, String file, long lineNumber, Instant receivedAt) {
        try {
            return new FeedRecord(decode(feed, line), line);
        } catch (InvalidRecordException e) {
            return RejectedRecord.fromFile(feed, rawText(line), e.getMessage(), file, lineNumber, receivedAt);
        }
    }

    FeedEvent decode(Feed feed, byte[] bytes) throws InvalidRecordException {
        if (bytes.length > maxRecordBytes) {
            throw new InvalidRecordException(
                    "record is " + bytes.length + " bytes, more than the limit of " + maxRecordBytes);
        }
        if (isBlank(bytes)) {
            throw new InvalidRecordException("empty message");
        }
        if (!Utf8.isValid(bytes)) {
            throw new InvalidRecordException("not valid UTF-8");
        }
        try (JsonParser parser = JSON.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new InvalidRecordException("expected a JSON object, got " + Field.describe(first));
            }
            RecordSchema.Values values = SCHEMAS.get(feed).read(parser);
            if (parser.nextToken() != null) {
                throw new InvalidRecordException("not valid JSON: unexpected content after the object");
            }
            return build(feed, values);
        } catch (StreamConstraintsException e) {
            throw new InvalidRecordException("not valid JSON: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException("not valid JSON: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidRecordException("not readable: " + e.getMessage());
        }
    }

    /** The first {@link #MAX_RAW_BYTES} of a message as text, cut on a character boundary. */
    public static String rawText(byte[] bytes) {
        if (bytes == null) {
            return "";
        }
        int end = Math.min(bytes.length, MAX_RAW_BYTES);
        // Step back over UTF-8 continuation bytes so a character is never cut in half.
        if (end < bytes.length) {
            while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
                end--;
            }
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    private static FeedEvent build(Feed feed, RecordSchema.Values v) throws InvalidRecordException {
        return switch (feed) {
            case PROJECTS -> project(v);
            case WORKERS -> new Worker(
                    v.get("workerId"), v.get("projectId"), v.get("name"), v.get("idNumber"),
                    v.get("employerCreditCode"), v.get("employerName"), v.get("trade"),
                    v.get("wageType"), v.get("wageRate"), v.get("bankCardNo"),
                    v.get("entryDate"), v.get("exitDate"), v.get("updatedAt"));
            case ATTENDANCE -> new Attendance(
                    v.get("eventId"), v.get("projectId"), v.get("workerId"), v.get("deviceId"),
                    v.get("direction"), v.get("time"), v.get("method"));
            case PAYROLL -> new Payment(
                    v.get("paymentId"), v.get("projectId"), v.get("workerId"), v.get("period"),
                    v.get("amount"), v.get("paidAt"), v.get("status"), v.get("payeeCardNo"));
            case ACCOUNT_TXNS -> accountTxn(v);
            case COMPLAINTS -> new Complaint(
                    v.get("complaintId"), v.get("receivedAt"), v.get("projectId"), v.get("channel"),
                    v.getOrDefault("workerCount", 1), v.getOrDefault("amountClaimed", ZERO),
                    v.get("summary"));
        };
    }

    private static Project project(RecordSchema.Values v) throws InvalidRecordException {
        int payDay = v.get("payDay");
        int laborCostDueDay = v.getOrDefault("laborCostDueDay", payDay);
        if (laborCostDueDay > payDay) {
            throw InvalidRecordException.field("laborCostDueDay",
                    "must not be after payDay (" + laborCostDueDay + " > " + payDay + ")");
        }
        return new Project(
                v.get("projectId"), v.get("name"), v.get("districtCode"), v.get("districtName"),
                v.get("constructionUnit"), v.get("generalContractor"), v.get("status"),
                v.get("startDate"), v.get("plannedEndDate"), payDay,
                v.getOrDefault("laborCostMonthly", ZERO), laborCostDueDay, v.get("wageAccountNo"),
                v.getOrDefault("depositRequired", ZERO), v.getOrDefault("depositPaid", ZERO),
                v.get("updatedAt"));
    }

    private static AccountTxn accountTxn(RecordSchema.Values v) throws InvalidRecordException {
        TxnType type = v.get("type");
        if (type == TxnType.LABOR_COST_DEPOSIT && v.get("forPeriod") == null) {
            throw InvalidRecordException.field("forPeriod", "is required for a LABOR_COST_DEPOSIT but missing");
        }
        return new AccountTxn(
                v.get("txnId"), v.get("projectId"), type, v.get("amount"), v.get("time"),
                v.get("accountNo"), v.get("balanceAfter"), v.get("forPeriod"));
    }

    private static Map<Feed, RecordSchema> schemas() {
        Field.Reader<String> cardNumber = text(FeedDecoder::isCardNumber, "12 to 19 digits");
        Map<Feed, RecordSchema> schemas = new EnumMap<>(Feed.class);
        schemas.put(Feed.PROJECTS, new RecordSchema(List.of(
                required("projectId", text(s -> s.codePointCount(0, s.length()) <= 64, "at most 64 characters")),
                required("name", text()),
                required("districtCode", text(FeedDecoder::isDistrictCode, "6 digits")),
                optional("districtName", text()),
                optional("constructionUnit", party()),
                optional("generalContractor", party()),
                required("status", oneOf(ProjectStatus.class)),
                required("startDate", date()),
                optional("plannedEndDate", date()),
                required("payDay", integer(1, 28)),
                optional("laborCostMonthly", money()),
                optional("laborCostDueDay", integer(1, 28)),
                optional("wageAccountNo", text()),
                optional("depositRequired", money()),
                optional("depositPaid", money()),
                required("updatedAt", timestamp()))));
        schemas.put(Feed.WORKERS, new RecordSchema(List.of(
                required("workerId", text()),
                required("projectId", text()),
                required("name", text()),
                required("idNumber", text(ResidentId::isValid,
                        "an 18-character resident ID with a valid GB 11643 check character")),
                optional("employerCreditCode", text()),
                optional("employerName", text()),
                optional("trade", text()),
                required("wageType", oneOf(WageType.class)),
                required("wageRate", positiveMoney()),
                optional("bankCardNo", cardNumber),
                required("entryDate", date()),
                optional("exitDate", date()),
                required("updatedAt", timestamp()))));
        schemas.put(Feed.ATTENDANCE, new RecordSchema(List.of(
                required("eventId", text()),
                required("projectId", text()),
                required("workerId", text()),
                optional("deviceId", text()),
                required("direction", oneOf(Direction.class)),
                required("time", timestamp()),
                optional("method", oneOf(PunchMethod.class)))));
        schemas.put(Feed.PAYROLL, new RecordSchema(List.of(
                required("paymentId", text()),
                required("projectId", text()),
                required("workerId", text()),
                required("period", month()),
                required("amount", positiveMoney()),
                required("paidAt", timestamp()),
                required("status", oneOf(PaymentStatus.class)),
                optional("payeeCardNo", cardNumber))));
        schemas.put(Feed.ACCOUNT_TXNS, new RecordSchema(List.of(
                required("txnId", text()),
                required("projectId", text()),
                required("type", oneOf(TxnType.class)),
                required("amount", positiveMoney()),
                required("time", timestamp()),
                optional("accountNo", text()),
                optional("balanceAfter", money()),
                optional("forPeriod", month()))));
        schemas.put(Feed.COMPLAINTS, new RecordSchema(List.of(
                required("complaintId", text()),
                required("receivedAt", timestamp()),
                optional("projectId", text()),
                optional("channel", oneOf(ComplaintChannel.class)),
                optional("workerCount", integer(1, Integer.MAX_VALUE)),
                optional("amountClaimed", money()),
                optional("summary", text()))));
        return schemas;
    }

    private static boolean isDistrictCode(String s) {
        return s.length() == 6 && allDigits(s);
    }

    private static boolean isCardNumber(String s) {
        return s.length() >= 12 && s.length() <= 19 && allDigits(s);
    }

    static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Jackson's message without its location details, which name no field and repeat the raw text. */
    private static String firstLine(String message) {
        if (message == null) {
            return "malformed";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        int location = line.indexOf(" (start marker at [Source");
        return location < 0 ? line : line.substring(0, location);
    }
}
