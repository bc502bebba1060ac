package org.wagewatch.rules.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.wagewatch.rules.testing.TestRecords;
import org.wagewatch.connectors.feed.AccountTxn;
import org.wagewatch.connectors.feed.Attendance;
import org.wagewatch.connectors.feed.Complaint;
import org.wagewatch.connectors.feed.Direction;
import org.wagewatch.connectors.feed.FeedEvent;
import org.wagewatch.connectors.feed.FeedRecord;
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
    /** The bank card every worker built here is registered with. */
    static final String CARD = "6222021234567890123";
    static final String OTHER_CARD = "6222029999999999999";

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
        return worker(workerId, WageType.DAILY, rate, CARD, updatedAt);
    }

    static Worker monthly(String workerId, String rate, String updatedAt) {
        return worker(workerId, WageType.MONTHLY, rate, CARD, updatedAt);
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

    // ---- registry ------------------------------------------------------------------------------

    /** P1 in district 330106, IN_PROGRESS, started 2026-06-01, pay day 15, nothing owed to the account. */
    static ProjectSpec aProject() {
        return new ProjectSpec(ProjectStatus.IN_PROGRESS, LocalDate.of(2026, 6, 1), 15, "0", 15, "0", "0");
    }

    /** The fields of a registry record of P1; {@link #at} stamps a version. */
    record ProjectSpec(ProjectStatus status, LocalDate startDate, int payDay, String laborCost, int laborDueDay,
            String depositRequired, String depositPaid) {

        ProjectSpec withStatus(ProjectStatus newStatus) {
            return new ProjectSpec(newStatus, startDate, payDay, laborCost, laborDueDay, depositRequired,
                    depositPaid);
        }

        ProjectSpec startingOn(String date) {
            return new ProjectSpec(status, LocalDate.parse(date), payDay, laborCost, laborDueDay, depositRequired,
                    depositPaid);
        }

        ProjectSpec withLaborCost(String monthly, int dueDay) {
            return new ProjectSpec(status, startDate, payDay, monthly, dueDay, depositRequired, depositPaid);
        }

        ProjectSpec withDeposit(String required, String paid) {
            return new ProjectSpec(status, startDate, payDay, laborCost, laborDueDay, required, paid);
        }

        /** Another pay day; the labor cost due day must not be after it (DOMAIN.md §3). */
        ProjectSpec withPayDay(int newPayDay, int newLaborDueDay) {
            return new ProjectSpec(status, startDate, newPayDay, laborCost, newLaborDueDay, depositRequired,
                    depositPaid);
        }

        Project at(String updatedAt) {
            return at(Events.at(updatedAt));
        }

        Project at(Instant updatedAt) {
            return new Project(P, "滨江花园", "330106", "西湖区", null, null, status, startDate, null, payDay,
                    money(laborCost), laborDueDay, null, money(depositRequired), money(depositPaid), updatedAt);
        }
    }

    static Worker worker(String workerId, WageType type, String rate, String bankCardNo, String updatedAt) {
        return new Worker(workerId, P, "王五", "110101199003074514", null, null, null, type, money(rate), bankCardNo,
                LocalDate.of(2026, 6, 1), null, at(updatedAt));
    }

    // ---- crews: worker ids W01, W02, ... -------------------------------------------------------

    static List<String> crew(String prefix, int size) {
        return IntStream.rangeClosed(1, size).mapToObj(i -> String.format("%s%02d", prefix, i)).toList();
    }

    static List<FeedEvent> registerDaily(List<String> workerIds, String rate, String updatedAt) {
        return workerIds.stream().<FeedEvent>map(id -> daily(id, rate, updatedAt)).toList();
    }

    /** One IN punch per worker at 07:30 on each day. */
    static List<FeedEvent> punchIn(List<String> workerIds, String... days) {
        List<FeedEvent> punches = new ArrayList<>();
        for (String day : days) {
            workerIds.forEach(id -> punches.add(in(id, day + "T07:30:00")));
        }
        return punches;
    }

    /** The first {@code count} days of a month, as {@code YYYY-MM-DD}. */
    static String[] firstDays(String month, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(d -> YearMonth.parse(month).atDay(d).toString())
                .toArray(String[]::new);
    }

    // ---- punches and money ---------------------------------------------------------------------

    static Attendance punch(String eventId, String workerId, Direction direction, Instant time) {
        return new Attendance(eventId, P, workerId, null, direction, time, null);
    }

    static Attendance in(String workerId, Instant time) {
        return punch("E-" + workerId + "-" + time, workerId, Direction.IN, time);
    }

    static Attendance out(String workerId, String time) {
        return punch("O-" + workerId + "-" + time, workerId, Direction.OUT, at(time));
    }

    static Payment paidTo(String paymentId, String workerId, String month, String amount, String paidAt,
            String payeeCardNo) {
        return new Payment(paymentId, P, workerId, YearMonth.parse(month), money(amount), at(paidAt),
                PaymentStatus.SUCCESS, payeeCardNo);
    }

    static AccountTxn debit(String txnId, String amount, Instant time) {
        return new AccountTxn(txnId, P, TxnType.OTHER_DEBIT, money(amount), time, null, null, null);
    }

    // ---- at instants, for generated histories ----------------------------------------------------

    static Worker worker(String workerId, WageType type, BigDecimal rate, String bankCardNo, Instant updatedAt) {
        return new Worker(workerId, P, "王五", "110101199003074514", null, null, null, type, rate, bankCardNo,
                LocalDate.of(2026, 6, 1), null, updatedAt);
    }

    static Payment payment(String paymentId, String workerId, YearMonth period, BigDecimal amount, Instant paidAt,
            PaymentStatus status, String payeeCardNo) {
        return new Payment(paymentId, P, workerId, period, amount, paidAt, status, payeeCardNo);
    }

    static AccountTxn txn(String txnId, TxnType type, BigDecimal amount, Instant time, BigDecimal balanceAfter,
            YearMonth forPeriod) {
        return new AccountTxn(txnId, P, type, amount, time, null, balanceAfter, forPeriod);
    }

    static Complaint complaint(String complaintId, Instant receivedAt, int workers, BigDecimal amount) {
        return new Complaint(complaintId, receivedAt, P, null, workers, amount, null);
    }

    /** An event as the detector receives it. */
    static FeedRecord record(FeedEvent event) {
        return TestRecords.of(event);
    }
}
