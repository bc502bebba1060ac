package org.wagewatch.connectors.clickhouse;

import static org.wagewatch.connectors.clickhouse.ClickHouseValues.dateTime;
import static org.wagewatch.connectors.clickhouse.ClickHouseValues.month;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import org.wagewatch.connectors.feed.AccountTxn;
import org.wagewatch.connectors.feed.Attendance;
import org.wagewatch.connectors.feed.Complaint;
import org.wagewatch.connectors.feed.DecodedRecord;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.connectors.feed.FeedTime;
import org.wagewatch.connectors.feed.Party;
import org.wagewatch.connectors.feed.Payment;
import org.wagewatch.connectors.feed.Project;
import org.wagewatch.connectors.feed.RejectedRecord;
import org.wagewatch.connectors.feed.Worker;
import org.wagewatch.connectors.mask.Masking;

/** Rows of the analysts' feed tables and of {@code rejected_records} (schema migration 001), masked. */
public final class FeedTables implements ClickHouseRowEncoder<DecodedRecord> {

    private static final long serialVersionUID = 1L;

    public static final String PROJECTS = "projects";
    public static final String WORKERS = "workers";
    public static final String ATTENDANCE = "attendance";
    public static final String PAYMENTS = "payments";
    public static final String ACCOUNT_TXNS = "account_txns";
    public static final String COMPLAINTS = "complaints";
    public static final String REJECTED_RECORDS = "rejected_records";

    @Override
    public String table(DecodedRecord record) {
        if (record instanceof RejectedRecord) {
            return REJECTED_RECORDS;
        }
        return switch (((FeedRecord) record).event().feed()) {
            case PROJECTS -> PROJECTS;
            case WORKERS -> WORKERS;
            case ATTENDANCE -> ATTENDANCE;
            case PAYROLL -> PAYMENTS;
            case ACCOUNT_TXNS -> ACCOUNT_TXNS;
            case COMPLAINTS -> COMPLAINTS;
        };
    }

    @Override
    public void encode(DecodedRecord record, JsonGenerator row) throws IOException {
        row.writeStartObject();
        Object content = record instanceof FeedRecord valid ? valid.event() : record;
        if (content instanceof Attendance a) {
            attendance(a, row);
        } else if (content instanceof Payment p) {
            payment(p, row);
        } else if (content instanceof Worker w) {
            worker(w, row);
        } else if (content instanceof Project p) {
            project(p, row);
        } else if (content instanceof AccountTxn t) {
            accountTxn(t, row);
        } else if (content instanceof Complaint c) {
            complaint(c, row);
        } else {
            rejected((RejectedRecord) record, row);
        }
        row.writeEndObject();
    }

    private static void project(Project p, JsonGenerator row) throws IOException {
        row.writeStringField("projectId", p.projectId());
        row.writeStringField("name", p.name());
        row.writeStringField("districtCode", p.districtCode());
        row.writeStringField("districtName", orEmpty(p.districtName()));
        party(row, "constructionUnit", p.constructionUnit());
        party(row, "generalContractor", p.generalContractor());
        row.writeStringField("status", p.status().name());
        row.writeStringField("startDate", p.startDate().toString());
        row.writeStringField("plannedEndDate", date(p.plannedEndDate()));
        row.writeNumberField("payDay", p.payDay());
        row.writeNumberField("laborCostMonthly", p.laborCostMonthly());
        row.writeNumberField("laborCostDueDay", p.laborCostDueDay());
        row.writeStringField("wageAccountNo", orEmpty(p.wageAccountNo()));
        row.writeNumberField("depositRequired", p.depositRequired());
        row.writeNumberField("depositPaid", p.depositPaid());
        row.writeStringField("updatedAt", dateTime(p.updatedAt()));
    }

    private static void worker(Worker w, JsonGenerator row) throws IOException {
        row.writeStringField("projectId", w.projectId());
        row.writeStringField("workerId", w.workerId());
        row.writeStringField("name", Masking.name(w.name()));
        row.writeStringField("idNumber", Masking.lastFour(w.idNumber()));
        row.writeStringField("employerCreditCode", orEmpty(w.employerCreditCode()));
        row.writeStringField("employerName", orEmpty(w.employerName()));
        row.writeStringField("trade", orEmpty(w.trade()));
        row.writeStringField("wageType", w.wageType().name());
        row.writeNumberField("wageRate", w.wageRate());
        row.writeStringField("bankCardNo", orEmpty(Masking.lastFour(w.bankCardNo())));
        row.writeStringField("entryDate", w.entryDate().toString());
        row.writeStringField("exitDate", date(w.exitDate()));
        row.writeStringField("updatedAt", dateTime(w.updatedAt()));
    }

    private static void attendance(Attendance a, JsonGenerator row) throws IOException {
        row.writeStringField("projectId", a.projectId());
        row.writeStringField("day", LocalDate.ofInstant(a.time(), FeedTime.ZONE).toString());
        row.writeStringField("eventId", a.eventId());
        row.writeStringField("workerId", a.workerId());
        row.writeStringField("deviceId", orEmpty(a.deviceId()));
        row.writeStringField("direction", a.direction().name());
        row.writeStringField("time", dateTime(a.time()));
        row.writeStringField("method", a.method() == null ? "" : a.method().name());
    }

    private static void payment(Payment p, JsonGenerator row) throws IOException {
        row.writeStringField("projectId", p.projectId());
        row.writeStringField("paymentId", p.paymentId());
        row.writeStringField("workerId", p.workerId());
        row.writeStringField("period", month(p.period()));
        row.writeNumberField("amount", p.amount());
        row.writeStringField("paidAt", dateTime(p.paidAt()));
        row.writeStringField("status", p.status().name());
        row.writeStringField("payeeCardNo", orEmpty(Masking.lastFour(p.payeeCardNo())));
    }

    private static void accountTxn(AccountTxn t, JsonGenerator row) throws IOException {
        row.writeStringField("projectId", t.projectId());
        row.writeStringField("txnId", t.txnId());
        row.writeStringField("type", t.type().name());
        row.writeNumberField("amount", t.amount());
        row.writeStringField("time", dateTime(t.time()));
        row.writeStringField("accountNo", orEmpty(t.accountNo()));
        if (t.balanceAfter() == null) {
            row.writeNullField("balanceAfter");
        } else {
            row.writeNumberField("balanceAfter", t.balanceAfter());
        }
        row.writeStringField("forPeriod", month(t.forPeriod()));
    }

    private static void complaint(Complaint c, JsonGenerator row) throws IOException {
        row.writeStringField("complaintId", c.complaintId());
        row.writeStringField("receivedAt", dateTime(c.receivedAt()));
        row.writeStringField("projectId", orEmpty(c.projectId()));
        row.writeStringField("channel", c.channel() == null ? "" : c.channel().name());
        row.writeNumberField("workerCount", c.workerCount());
        row.writeNumberField("amountClaimed", c.amountClaimed());
        row.writeStringField("summary", orEmpty(c.summary()));
    }

    private static void rejected(RejectedRecord r, JsonGenerator row) throws IOException {
        row.writeStringField("feed", r.feed().feedName());
        row.writeStringField("topic", orEmpty(r.topic()));
        row.writeNumberField("kafkaPartition", r.partition() == null ? -1 : r.partition());
        row.writeNumberField("kafkaOffset", r.offset() == null ? -1 : r.offset());
        row.writeStringField("file", orEmpty(r.file()));
        row.writeNumberField("line", r.line() == null ? -1 : r.line());
        row.writeStringField("receivedAt", dateTime(r.receivedAt()));
        row.writeStringField("reason", r.reason());
        row.writeStringField("raw", Masking.rawRecord(r.feed(), r.raw()));
    }

    private static void party(JsonGenerator row, String prefix, Party party) throws IOException {
        row.writeStringField(prefix + "CreditCode", party == null ? "" : orEmpty(party.creditCode()));
        row.writeStringField(prefix + "Name", party == null ? "" : orEmpty(party.name()));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
