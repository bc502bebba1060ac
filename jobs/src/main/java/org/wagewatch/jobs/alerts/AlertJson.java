package org.wagewatch.jobs.alerts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.wagewatch.connectors.feed.FeedTime;
import org.wagewatch.rules.alert.Alert;

/**
 * The JSON object of an alert state (DOMAIN.md §6), as on {@code ww.alerts} and in a replay's
 * alerts file. Evidence carries worker ids and figures, never names, ID or card numbers.
 */
public final class AlertJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();

    private AlertJson() {}

    public static byte[] toBytes(Alert alert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            write(alert, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static void write(Alert alert, JsonGenerator json) throws IOException {
        json.writeStartObject();
        writeIdentityAndValues(alert, json);
        json.writeStringField("detectedAt", local(alert.detectedAt()));
        json.writeStringField("updatedAt", local(alert.updatedAt()));
        json.writeFieldName("evidence");
        JSON.writeValue(json, alert.evidence());
        json.writeEndObject();
    }

    /** The fields of DOMAIN.md §6 from alertId to amount, as the topic and the table both have them. */
    static void writeIdentityAndValues(Alert alert, JsonGenerator json) throws IOException {
        json.writeStringField("alertId", alert.alertId());
        json.writeStringField("ruleId", alert.ruleId());
        json.writeStringField("ruleName", alert.ruleName());
        json.writeStringField("level", alert.level().name());
        json.writeStringField("status", alert.status().name());
        json.writeStringField("projectId", alert.projectId());
        json.writeStringField("projectName", alert.projectName());
        json.writeStringField("districtCode", alert.districtCode());
        json.writeStringField("period", alert.period());
        json.writeNumberField("affectedWorkers", alert.affectedWorkers());
        json.writeNumberField("amount", alert.amount());
    }

    /** ISO-8601 with the +08:00 offset, e.g. {@code 2026-11-16T00:00:00+08:00}. */
    public static String local(Instant instant) {
        return OffsetDateTime.ofInstant(instant, FeedTime.ZONE)
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
