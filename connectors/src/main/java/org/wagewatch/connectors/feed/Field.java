package org.wagewatch.connectors.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One field of a feed record: its name, whether it is required, and how its JSON value is read and
 * checked. Readers see the value's token (never {@code null}: null counts as absent) and name the
 * field and the problem in words when the value breaks the contract.
 */
final class Field<T> {

    /** Reads and checks the value at the parser's current token. */
    @FunctionalInterface
    interface Reader<T> {
        T read(JsonParser parser, String field) throws IOException, InvalidRecordException;
    }

    /** Money has at most 2 decimals and fits ClickHouse's Decimal(18,2). */
    private static final int MAX_MONEY_INTEGER_DIGITS = 16;

    final String name;
    final boolean required;
    private final Reader<T> reader;

    private Field(String name, boolean required, Reader<T> reader) {
        this.name = name;
        this.required = required;
        this.reader = reader;
    }

    static <T> Field<T> required(String name, Reader<T> reader) {
        return new Field<>(name, true, reader);
    }

    static <T> Field<T> optional(String name, Reader<T> reader) {
        return new Field<>(name, false, reader);
    }

    T read(JsonParser parser) throws IOException, InvalidRecordException {
        return reader.read(parser, name);
    }

    // ---- readers ------------------------------------------------------------------------------

    static Reader<String> text() {
        return (p, field) -> {
            expect(p, JsonToken.VALUE_STRING, field, "a string");
            String value = p.getText();
            if (value.isEmpty()) {
                throw InvalidRecordException.field(field, "must not be empty");
            }
            return value;
        };
    }

    /** A string that must satisfy {@code check}; {@code describes} says what it must be. */
    static Reader<String> text(Predicate<String> check, String describes) {
        Reader<String> text = text();
        return (p, field) -> {
            String value = text.read(p, field);
            if (!check.test(value)) {
                throw InvalidRecordException.field(field, "must be " + describes);
            }
            return value;
        };
    }

    static Reader<Integer> integer(int min, int max) {
        return (p, field) -> {
            JsonToken token = p.currentToken();
            long value;
            if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                value = p.getLongValue();
            } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal decimal = decimalValue(p, field);
                if (decimal.signum() != 0 && decimal.stripTrailingZeros().scale() > 0) {
                    throw InvalidRecordException.field(field, "must be a whole number, got " + p.getText());
                }
                value = decimal.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
                                || decimal.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0
                        ? Long.MAX_VALUE
                        : decimal.longValue();
            } else if (token == JsonToken.VALUE_NUMBER_INT) {
                value = Long.MAX_VALUE;
            } else {
                throw wrongType(p, field, "an integer");
            }
            if (value < min || value > max) {
                throw InvalidRecordException.field(
                        field, "must be an integer from " + min + " to " + max + ", got " + p.getText());
            }
            return (int) value;
        };
    }

    /** Non-negative money, read exactly, with at most 2 decimals; returned with scale 2. */
    static Reader<BigDecimal> money() {
        return (p, field) -> {
            BigDecimal value = moneyValue(p, field);
            if (value.signum() < 0) {
                throw InvalidRecordException.field(field, "must not be negative, got " + p.getText());
            }
            return value;
        };
    }

    /** Money that must be greater than 0. */
    static Reader<BigDecimal> positiveMoney() {
        return (p, field) -> {
            BigDecimal value = moneyValue(p, field);
            if (value.signum() <= 0) {
                throw InvalidRecordException.field(field, "must be greater than 0, got " + p.getText());
            }
            return value;
        };
    }

    static Reader<java.time.Instant> timestamp() {
        return parsed(FeedTime::parseTimestamp,
                "a timestamp with an offset, like 2026-11-03T07:12:45+08:00");
    }

    static Reader<java.time.LocalDate> date() {
        return parsed(FeedTime::parseDate, "a calendar date YYYY-MM-DD");
    }

    static Reader<java.time.YearMonth> month() {
        return parsed(FeedTime::parseMonth, "a month YYYY-MM");
    }

    static <E extends Enum<E>> Reader<E> oneOf(Class<E> type) {
        Map<String, E> byName = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            byName.put(constant.name(), constant);
        }
        String allowed = String.join(", ", byName.keySet().stream().sorted().toList());
        Reader<String> text = text();
        return (p, field) -> {
            E value = byName.get(text.read(p, field));
            if (value == null) {
                throw InvalidRecordException.field(
                        field, "has unknown value '" + abbreviate(p.getText()) + "' (expected one of " + allowed + ")");
            }
            return value;
        };
    }

    /** A nested {@code {creditCode, name}} object; both optional, creditCode 18 characters. */
    static Reader<Party> party() {
        Reader<String> text = text();
        return (p, field) -> {
            expect(p, JsonToken.START_OBJECT, field, "an object {creditCode, name}");
            String creditCode = null;
            String name = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (key.equals("creditCode")) {
                    creditCode = text.read(p, field + ".creditCode");
                    if (creditCode.codePointCount(0, creditCode.length()) != 18) {
                        throw InvalidRecordException.field(
                                field + ".creditCode", "must be 18 characters, got " + creditCode.length());
                    }
                } else if (key.equals("name")) {
                    name = text.read(p, field + ".name");
                } else {
                    p.skipChildren();
                }
            }
            return new Party(creditCode, name);
        };
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static <T> Reader<T> parsed(Function<String, T> parser, String describes) {
        Reader<String> text = text();
        return (p, field) -> {
            String raw = text.read(p, field);
            T value = parser.apply(raw);
            if (value == null) {
                throw InvalidRecordException.field(
                        field, "must be " + describes + ", got '" + abbreviate(raw) + "'");
            }
            return value;
        };
    }

    private static BigDecimal moneyValue(JsonParser p, String field) throws IOException, InvalidRecordException {
        JsonToken token = p.currentToken();
        BigDecimal value;
        if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            value = BigDecimal.valueOf(p.getLongValue());
        } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            value = decimalValue(p, field);
        } else {
            throw wrongType(p, field, "a number (money)");
        }
        if (value.scale() > 2) {
            BigDecimal stripped = value.stripTrailingZeros();
            if (stripped.scale() > 2) {
                throw InvalidRecordException.field(field, "has more than 2 decimals: " + abbreviate(p.getText()));
            }
            value = stripped;
        }
        if (value.precision() - value.scale() > MAX_MONEY_INTEGER_DIGITS) {
            throw InvalidRecordException.field(
                    field, "is too large (more than " + MAX_MONEY_INTEGER_DIGITS + " digits before the point)");
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal decimalValue(JsonParser p, String field) throws IOException, InvalidRecordException {
        try {
            return p.getDecimalValue();
        } catch (NumberFormatException | ArithmeticException e) {
            throw InvalidRecordException.field(field, "is not a usable number: " + abbreviate(p.getText()));
        }
    }

    private static void expect(JsonParser p, JsonToken expected, String field, String describes)
            throws InvalidRecordException {
        if (p.currentToken() != expected) {
            throw wrongType(p, field, describes);
        }
    }

    private static InvalidRecordException wrongType(JsonParser p, String field, String describes) {
        return InvalidRecordException.field(field, "must be " + describes + ", got " + describe(p.currentToken()));
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    /** Values quoted in a reason are kept short: the raw record is stored beside it anyway. */
    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
