package org.wagewatch.connectors.clickhouse;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Serializable;

/** Turns an element into one JSONEachRow row of a ClickHouse table. Masks personal data itself. */
public interface ClickHouseRowEncoder<T> extends Serializable {

    /** The table the element is written to. */
    String table(T element);

    /** Writes the element as one JSON object whose fields are the table's columns. */
    void encode(T element, JsonGenerator row) throws IOException;
}
