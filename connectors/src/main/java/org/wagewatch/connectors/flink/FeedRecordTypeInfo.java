package org.wagewatch.connectors.flink;

import java.lang.reflect.Type;
import java.util.Map;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.wagewatch.connectors.feed.FeedRecord;

/** Flink type information of {@link FeedRecord}: serialized by {@link FeedRecordSerializer}. */
public final class FeedRecordTypeInfo extends TypeInformation<FeedRecord> {

    private static final long serialVersionUID = 1L;

    /** Picked up through {@code @TypeInfo} on {@link FeedRecord}. */
    public static final class Factory extends TypeInfoFactory<FeedRecord> {
        @Override
        public TypeInformation<FeedRecord> createTypeInfo(Type type, Map<String, TypeInformation<?>> parameters) {
            return new FeedRecordTypeInfo();
        }
    }

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<FeedRecord> getTypeClass() {
        return FeedRecord.class;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<FeedRecord> createSerializer(SerializerConfig config) {
        return FeedRecordSerializer.INSTANCE;
    }

    @Override
    public String toString() {
        return "FeedRecord";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FeedRecordTypeInfo;
    }

    @Override
    public int hashCode() {
        return FeedRecordTypeInfo.class.hashCode();
    }

    @Override
    public boolean canEqual(Object obj) {
        return obj instanceof FeedRecordTypeInfo;
    }
}
