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
        row.writeStringField("alertId", alert.alertId());
        row.writeStringField("ruleId", alert.ruleId());
        row.writeStringField("ruleName", alert.ruleName());
        row.writeStringField("level", alert.level().name());
        row.writeStringField("status", alert.status().name());
        row.writeStringField("projectId", alert.projectId());
        row.writeStringField("projectName", alert.projectName());
        row.writeStringField("districtCode", alert.districtCode());
        row.writeStringField("period", alert.period());
        row.writeNumberField("affectedWorkers", alert.affectedWorkers());
        row.writeNumberField("amount", alert.amount());
        row.writeStringField("detectedAt", dateTime(alert.detectedAt()));
        row.writeStringField("updatedAt", dateTime(alert.updatedAt()));
        row.writeNumberField("version", alert.version());
        row.writeStringField("evidence", JSON.writeValueAsString(alert.evidence()));
        row.writeEndObject();
    }
}
