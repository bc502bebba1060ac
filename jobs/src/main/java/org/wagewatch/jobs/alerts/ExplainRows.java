package org.wagewatch.jobs.alerts;

import static org.wagewatch.connectors.clickhouse.ClickHouseValues.dateTime;
import static org.wagewatch.connectors.clickhouse.ClickHouseValues.month;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.wagewatch.connectors.clickhouse.ClickHouseRowEncoder;
import org.wagewatch.rules.explain.ExplainRow;
import org.wagewatch.rules.explain.ProjectDayRow;
import org.wagewatch.rules.explain.WorkerMonthRow;

/** Rows of {@code worker_month} and {@code project_day} (schema migration 002). */
public final class ExplainRows implements ClickHouseRowEncoder<ExplainRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public String table(ExplainRow row) {
        return row instanceof WorkerMonthRow ? "worker_month" : "project_day";
    }

    @Override
    public void encode(ExplainRow row, JsonGenerator json) throws IOException {
        json.writeStartObject();
        if (row instanceof WorkerMonthRow w) {
            json.writeStringField("projectId", w.projectId());
            json.writeStringField("workerId", w.workerId());
            json.writeStringField("month", month(w.month()));
            json.writeNumberField("days", w.days());
            json.writeNumberField("expected", w.expected());
            json.writeNumberField("paid", w.paid());
            json.writeNumberField("shortfall", w.shortfall());
            json.writeNumberField("registered", w.registered() ? 1 : 0);
            json.writeStringField("updatedAt", dateTime(w.updatedAt()));
        } else {
            ProjectDayRow d = (ProjectDayRow) row;
            json.writeStringField("projectId", d.projectId());
            json.writeStringField("day", d.day().toString());
            json.writeNumberField("headCount", d.headCount());
            json.writeNumberField("unregisteredHeadCount", d.unregisteredHeadCount());
        }
        json.writeEndObject();
    }
}
