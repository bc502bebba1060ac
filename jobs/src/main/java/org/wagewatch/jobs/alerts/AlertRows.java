package org.wagewatch.jobs.alerts;

import static org.wagewatch.connectors.clickhouse.ClickHouseValues.dateTime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.wagewatch.connectors.clickhouse.ClickHouseRowEncoder;
import org.wagewatch.rules.alert.Alert;

/** Rows of the ClickHouse {@code alerts} table; the latest version of an alertId wins. */
public final class AlertRows implements ClickHouseRowEncoder<Alert> {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String table(Alert alert) {
        return "alerts";
    }

    @Override
    public void encode(Alert alert, JsonGenerator row) throws IOException {
        row.writeStartObject();
        AlertJson.writeIdentityAndValues(alert, row);
        row.writeStringField("detectedAt", dateTime(alert.detectedAt()));
        row.writeStringField("updatedAt", dateTime(alert.updatedAt()));
        row.writeNumberField("version", alert.version());
        row.writeStringField("evidence", JSON.writeValueAsString(alert.evidence()));
        row.writeEndObject();
    }
}
