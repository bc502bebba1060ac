package org.wagewatch.connectors.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;

/**
 * The fields of one feed's flat JSON object. Reads an object straight into typed values, without
 * building a tree: known fields are read and checked as they stream by, unknown ones are skipped.
 */
final class RecordSchema {

    private final Field<?>[] fields;
    private final String[] names;

    RecordSchema(List<Field<?>> fields) {
        this.fields = fields.toArray(new Field<?>[0]);
        this.names = new String[this.fields.length];
        for (int i = 0; i < this.fields.length; i++) {
            if (indexOf(this.fields[i].name) >= 0) {
                throw new IllegalArgumentException("field '" + this.fields[i].name + "' declared twice");
            }
            names[i] = this.fields[i].name.intern();
        }
    }

    /**
     * The field's index, or -1. Jackson interns field names, as Java does literals, so an identity
     * scan over a dozen names usually answers; equality is the fallback.
     */
    private int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (name.equals(names[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Reads the object whose START_OBJECT is the parser's current token, up to its END_OBJECT. */
    Values read(JsonParser parser) throws IOException, InvalidRecordException {
        Object[] values = new Object[fields.length];
        boolean[] seen = new boolean[fields.length];
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            int index = indexOf(parser.currentName());
            JsonToken value = parser.nextToken();
            if (index < 0) {
                parser.skipChildren();
                continue;
            }
            if (seen[index]) {
                throw InvalidRecordException.field(fields[index].name, "appears more than once");
            }
            seen[index] = true;
            if (value != JsonToken.VALUE_NULL) {
                values[index] = fields[index].read(parser);
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new InvalidRecordException("not valid JSON: unexpected " + Field.describe(token));
        }
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].required && values[i] == null) {
                throw InvalidRecordException.field(fields[i].name, "is required but missing");
            }
        }
        return new Values(values);
    }

    /** The values read from one object, looked up by field name. */
    final class Values {
        private final Object[] values;

        private Values(Object[] values) {
            this.values = values;
        }

        @SuppressWarnings("unchecked")
        <T> T get(String name) {
            int index = indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException("no field '" + name + "' in this schema");
            }
            return (T) values[index];
        }

        <T> T getOrDefault(String name, T defaultValue) {
            T value = get(name);
            return value == null ? defaultValue : value;
        }
    }
}
