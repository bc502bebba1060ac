package org.wagewatch.rules.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.wagewatch.connectors.feed.AccountTxn;
import org.wagewatch.connectors.feed.Attendance;
import org.wagewatch.connectors.feed.Complaint;
import org.wagewatch.connectors.feed.Direction;
import org.wagewatch.connectors.feed.Payment;
import org.wagewatch.connectors.feed.PaymentStatus;
import org.wagewatch.connectors.feed.Project;
import org.wagewatch.connectors.feed.ProjectStatus;
import org.wagewatch.connectors.feed.TxnType;
import org.wagewatch.connectors.feed.WageType;
import org.wagewatch.connectors.feed.Worker;

/** Named builders for test events of project P1 (times are local, +08:00). */
final class Events {

    static final String P = "P1";

    private Events() {}

    static Instant at(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    static Project project(ProjectStatus status, int payDay, String laborCost, String depositRequired,
            String depositPaid, String updatedAt) {
        return new Project(P, "滨江花园", "330106", "西湖区", null, null, status, LocalDate.of(2026, 6, 1), null, payDay,
                money(laborCost), payDay, null, money(depositRequired), money(depositPaid), at(updatedAt));
    }

    static Project project(int payDay) {
        return project(ProjectStatus.IN_PROGRESS, payDay, "0", "0", "0", "2026-06-01T09:00:00");
    }

    static Worker daily(String workerId, String rate, String updatedAt) {
        return new Worker(workerId, P, "张三", "110101199003074514", null, null, null, WageType.DAILY, money(rate),
                "6222021234567890123", LocalDate.of(2026, 6, 1), null, at(updatedAt));
    }

    static Worker monthly(String workerId, String rate, String updatedAt) {
        return new Worker(workerId, P, "李四", "110101199003074514", null, null, null, WageType.MONTHLY, money(rate),
                "6222021234567890123", LocalDate.of(2026, 6, 1), null, at(updatedAt));
    }

    static Attendance in(String workerId, String time) {
        return new Attendance("E-" + workerId + "-" + time, P, workerId, null, Direction.IN, at(time), null);
    }

    static Payment paid(String paymentId, String workerId, String month, String amount, String paidAt,
            PaymentStatus status) {
        return new Payment(paymentId, P, workerId, YearMonth.parse(month), money(amount), at(paidAt), status, null);
    }

    static AccountTxn txn(String txnId, TxnType type, String amount, String time, String balanceAfter, String forPeriod) {
        return new AccountTxn(txnId, P, type, money(amount), at(time), null,
                balanceAfter == null ? null : money(balanceAfter), forPeriod == null ? null : YearMonth.parse(forPeriod));
    }

    static Complaint complaint(String complaintId, String receivedAt, int workers, String amount) {
        return new Complaint(complaintId, at(receivedAt), P, null, workers, money(amount), null);
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount).setScale(2);
    }
}
