package org.wagewatch.connectors.mask;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wagewatch.connectors.feed.Feed;

/**
 * The one place personal data is masked before it leaves the job (DOMAIN.md §6): a name becomes its
 * first character and {@code *}; ID and card numbers keep only their last 4 characters.
 */
public final class Masking {

    /** A personal field's string value in raw JSON text, possibly cut off before its closing quote. */
    private static final Pattern PERSONAL_FIELD = Pattern.compile(
            "\"(name|idNumber|bankCardNo|payeeCardNo)\"(\\s*:\\s*)\"((?:[^\"\\\\]|\\\\.)*+)(\"|$)");

    /** Any run of 12 or more digits (a card or ID number, possibly ending in X) wherever it stands. */
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![0-9])[0-9]{11,}[0-9Xx](?![0-9])");

    private Masking() {}

    /** {@code 张三丰} becomes {@code 张*}. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, 1)) + "*";
    }

    /** An ID or card number reduced to its last 4 characters. */
    public static String lastFour(String number) {
        if (number == null || number.length() <= 4) {
            return number;
        }
        return number.substring(number.length() - 4);
    }

    /**
     * Masks the raw text of a rejected record, which may be any text at all: personal fields by
     * name, then any long digit run left (an ID or card number under an unexpected key). In the
     * projects feed {@code name} is a project's name, not a person's, and stays.
     */
    public static String rawRecord(Feed feed, String raw) {
        if (raw == null || raw.isEmpty()) {
            return raw;
        }
        Matcher m = PERSONAL_FIELD.matcher(raw);
        StringBuilder out = new StringBuilder(raw.length());
        while (m.find()) {
            String field = m.group(1);
            String value = m.group(3);
            String masked;
            if (field.equals("name")) {
                masked = feed == Feed.PROJECTS ? value : firstJsonCharacter(value) + (value.isEmpty() ? "" : "*");
            } else {
                masked = lastFour(value);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(
                    "\"" + field + "\"" + m.group(2) + "\"" + masked + m.group(4)));
        }
        m.appendTail(out);
        return LONG_NUMBER.matcher(out).replaceAll(r -> lastFour(r.group()));
    }

    /** The first character of a JSON string's contents, keeping an escape sequence whole. */
    private static String firstJsonCharacter(String jsonContent) {
        if (jsonContent.isEmpty()) {
            return "";
        }
        if (jsonContent.charAt(0) == '\\') {
            int length = jsonContent.startsWith("\\u") ? 6 : 2;
            return jsonContent.substring(0, Math.min(length, jsonContent.length()));
        }
        return jsonContent.substring(0, jsonContent.offsetByCodePoints(0, 1));
    }
}
