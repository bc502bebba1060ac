package org.wagewatch.connectors.flink;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Writes the components of a record of feed values field by field, and reads them back through its
 * canonical constructor: strings, ints, money, instants, dates, months, enums and nested records of
 * the same, each possibly null. The accessors are looked up once per record class.
 */
final class RecordFields {

    private final MethodHandle[] accessors;
    private final Field[] fields;
    private final MethodHandle constructor;

    RecordFields(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        RecordComponent[] components = type.getRecordComponents();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        accessors = new MethodHandle[components.length];
        fields = new Field[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                accessors[i] = lookup.unreflect(components[i].getAccessor())
                        .asType(MethodType.methodType(Object.class, Object.class));
                fields[i] = Field.of(types[i]);
            }
            constructor = lookup.findConstructor(type, MethodType.methodType(void.class, types))
                    .asSpreader(Object[].class, types.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(type + " is not a public record of feed values", e);
        }
    }

    void write(Object record, DataOutputView out) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            fields[i].write(get(accessors[i], record), out);
        }
    }

    Object read(DataInputView in) throws IOException {
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = fields[i].read(in);
        }
        try {
            return (Object) constructor.invokeExact(values);
        } catch (Throwable e) {
            throw new IOException("cannot rebuild a record from its serialized fields", e);
        }
    }

    private static Object get(MethodHandle accessor, Object record) {
        try {
            // Exact types: no adaptation checked at each call, which matters on a record per field.
            return (Object) accessor.invokeExact(record);
        } catch (Throwable e) {
            throw new IllegalStateException("a record accessor failed", e);
        }
    }

    /** One component's value on the wire: a presence byte for reference types, then the value. */
    private interface Field {

        void write(Object value, DataOutputView out) throws IOException;

        Object read(DataInputView in) throws IOException;

        static Field of(Class<?> type) {
            if (type == int.class) {
                return new Field() {
                    public void write(Object value, DataOutputView out) throws IOException {
                        out.writeInt((Integer) value);
                    }

                    public Object read(DataInputView in) throws IOException {
                        return in.readInt();
                    }
                };
            }
            if (type == String.class) {
                // As UTF-8 bytes: for the ASCII ids of every feed both ways are a plain copy, while
                // Flink's StringValue goes char by char and through a char[].
                return nullable((value, out) -> {
                    byte[] utf8 = ((String) value).getBytes(StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }, in -> {
                    byte[] utf8 = new byte[in.readInt()];
                    in.readFully(utf8);
                    return new String(utf8, StandardCharsets.UTF_8);
                });
            }
            if (type == Integer.class) {
                return nullable((value, out) -> out.writeInt((Integer) value), DataInputView::readInt);
            }
            if (type == BigDecimal.class) {
                return nullable((value, out) -> {
                    BigDecimal decimal = (BigDecimal) value;
                    byte[] unscaled = decimal.unscaledValue().toByteArray();
                    out.writeInt(decimal.scale());
                    out.writeInt(unscaled.length);
                    out.write(unscaled);
                }, in -> {
                    int scale = in.readInt();
                    byte[] unscaled = new byte[in.readInt()];
                    in.readFully(unscaled);
                    return new BigDecimal(new BigInteger(unscaled), scale);
                });
            }
            if (type == Instant.class) {
                return nullable((value, out) -> {
                    out.writeLong(((Instant) value).getEpochSecond());
                    out.writeInt(((Instant) value).getNano());
                }, in -> Instant.ofEpochSecond(in.readLong(), in.readInt()));
            }
            if (type == LocalDate.class) {
                return nullable((value, out) -> out.writeLong(((LocalDate) value).toEpochDay()),
                        in -> LocalDate.ofEpochDay(in.readLong()));
            }
            if (type == YearMonth.class) {
                return nullable((value, out) -> {
                    out.writeInt(((YearMonth) value).getYear());
                    out.writeByte(((YearMonth) value).getMonthValue());
                }, in -> YearMonth.of(in.readInt(), in.readByte()));
            }
            if (type.isEnum()) {
                Object[] constants = type.getEnumConstants();
                return nullable((value, out) -> out.writeShort(((Enum<?>) value).ordinal()),
                        in -> constants[in.readShort()]);
            }
            if (type.isRecord()) {
                RecordFields nested = new RecordFields(type);
                return nullable((value, out) -> nested.write(value, out), nested::read);
            }
            throw new IllegalArgumentException("no wire form for a record component of " + type);
        }

        private static Field nullable(Writer writer, Reader reader) {
            return new Field() {
                public void write(Object value, DataOutputView out) throws IOException {
                    out.writeBoolean(value != null);
                    if (value != null) {
                        writer.write(value, out);
                    }
                }

                public Object read(DataInputView in) throws IOException {
                    return in.readBoolean() ? reader.read(in) : null;
                }
            };
        }
    }

    private interface Writer {
        void write(Object value, DataOutputView out) throws IOException;
    }

    private interface Reader {
        Object read(DataInputView in) throws IOException;
    }
}
