package org.wagewatch.rules.state;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.wagewatch.connectors.feed.AccountTxn;
import org.wagewatch.connectors.feed.Attendance;
import org.wagewatch.connectors.feed.Complaint;
import org.wagewatch.connectors.feed.Direction;
import org.wagewatch.connectors.feed.FeedEvent;
import org.wagewatch.connectors.feed.Payment;
import org.wagewatch.connectors.feed.PaymentStatus;
import org.wagewatch.connectors.feed.Project;
import org.wagewatch.connectors.feed.Worker;

/**
 * Everything one project's rules read: its registry versions, its workers' registrations, gate
 * punches by day, payments in their latest status, account transactions and complaints. Events are
 * applied with the version and duplicate rules of DOMAIN.md §3, so the result does not depend on
 * arrival order.
 */
public final class ProjectState implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Project> versions = new ArrayList<>();
    /** Months before this one were forgotten (retention); null while nothing was. */
    private YearMonth retainedFrom;
    private final Map<String, List<Worker>> workers = new HashMap<>();
    private Instant firstRegistration;
    private final Map<String, Attendance> punches = new HashMap<>();
    /** Day → worker → number of IN punches that day. */
    private final TreeMap<LocalDate, Map<String, Integer>> inPunches = new TreeMap<>();
    /** Month → worker → attendance days: days(w, p, M), kept up to date as punches arrive. */
    private final Map<YearMonth, Map<String, Integer>> daysByMonth = new HashMap<>();
    private final Map<String, Payment> payments = new HashMap<>();
    /** Month → worker → SUCCESS total: paid(w, p, M), kept up to date as payment statuses arrive. */
    private final Map<YearMonth, Map<String, BigDecimal>> paidByMonth = new HashMap<>();
    private final Map<String, AccountTxn> txns = new HashMap<>();
    private final Map<String, Complaint> complaints = new HashMap<>();
    /**
     * How often each input changed, so that a judgement built from unchanged inputs can be kept
     * (see {@code FactBuilder}): per work month (its attendance days or its payments), and per kind.
     */
    private final Map<YearMonth, Long> monthChanges = new HashMap<>();
    private final long[] changes = new long[Input.values().length];

    /** The kinds of input whose changes are counted. */
    public enum Input {
        /** Project registry records and worker registrations. */
        REGISTRY,
        /** Who was at the gate on which day. */
        ATTENDANCE,
        TXNS,
        COMPLAINTS,
        /** Detail dropped under the retention. */
        RETENTION
    }

    /** Applies one valid event of this project. */
    public void apply(FeedEvent event) {
        if (event instanceof Attendance a) {
            applyPunch(a);
        } else if (event instanceof Payment p) {
            applyPayment(p);
        } else if (event instanceof Worker w) {
            if (insertVersion(workers.computeIfAbsent(w.workerId(), id -> new ArrayList<>()), w, Worker::updatedAt)) {
                if (firstRegistration == null || w.updatedAt().isBefore(firstRegistration)) {
                    firstRegistration = w.updatedAt();
                }
                changed(Input.REGISTRY);
            }
        } else if (event instanceof Project p) {
            if (insertVersion(versions, p, Project::updatedAt)) {
                changed(Input.REGISTRY);
            }
        } else if (event instanceof AccountTxn t) {
            if (keepEarliest(txns, t.txnId(), t, AccountTxn::time)) {
                changed(Input.TXNS);
            }
        } else if (event instanceof Complaint c) {
            if (keepEarliest(complaints, c.complaintId(), c, Complaint::receivedAt)) {
                changed(Input.COMPLAINTS);
            }
        }
    }

    /** How many times inputs of this kind changed so far. */
    public long changes(Input kind) {
        return changes[kind.ordinal()];
    }

    /** How many times the attendance days or the payments of this work month changed so far. */
    public long monthChanges(YearMonth month) {
        return monthChanges.getOrDefault(month, 0L);
    }

    private void changed(Input kind) {
        changes[kind.ordinal()]++;
    }

    private void changed(YearMonth month) {
        monthChanges.merge(month, 1L, Long::sum);
    }

    // ---- registry ----------------------------------------------------------------------------

    /** The project's registry record in force at {@code instant}, or null while it is unknown. */
    public Project projectAt(Instant instant) {
        return latestAt(versions, instant, Project::updatedAt);
    }

    /** Every registry version, oldest first. */
    public List<Project> projectVersions() {
        return versions;
    }

    /** The worker's registration in force at {@code instant}, or null if not registered by then. */
    public Worker workerAt(String workerId, Instant instant) {
        List<Worker> history = workers.get(workerId);
        return history == null ? null : latestAt(history, instant, Worker::updatedAt);
    }

    /** When the worker was first registered on this project, or null. */
    public Instant registeredSince(String workerId) {
        List<Worker> history = workers.get(workerId);
        return history == null || history.isEmpty() ? null : history.get(0).updatedAt();
    }

    /** When the first worker was registered on this project, or null. */
    public Instant firstRegistration() {
        return firstRegistration;
    }

    // ---- attendance --------------------------------------------------------------------------

    /** Workers with at least one IN punch on {@code day}. */
    public Set<String> presentOn(LocalDate day) {
        Map<String, Integer> present = inPunches.get(day);
        return present == null ? Set.of() : present.keySet();
    }

    /** Days with at least one IN punch, in order. */
    public NavigableMap<LocalDate, Map<String, Integer>> attendanceDays() {
        return inPunches;
    }

    /** days(w, p, M): the worker's attendance days in the month, by worker (do not modify). */
    public Map<String, Integer> attendanceDaysByWorker(YearMonth month) {
        return daysByMonth.getOrDefault(month, Map.of());
    }

    // ---- money ---------------------------------------------------------------------------------

    public Collection<Payment> payments() {
        return payments.values();
    }

    /**
     * paid(w, p, M) by worker: SUCCESS payments for the month, each paymentId once in its latest
     * status (do not modify).
     */
    public Map<String, BigDecimal> paidByWorker(YearMonth month) {
        return paidByMonth.getOrDefault(month, Map.of());
    }

    public Collection<AccountTxn> txns() {
        return txns.values();
    }

    public Collection<Complaint> complaints() {
        return complaints.values();
    }

    /** Months with SUCCESS payments. */
    public Set<YearMonth> paidMonths() {
        return new TreeSet<>(paidByMonth.keySet());
    }

    /** Months with attendance or SUCCESS payments: the months the wage rules look at. */
    public Set<YearMonth> wageMonths() {
        Set<YearMonth> months = new TreeSet<>(daysByMonth.keySet());
        months.addAll(paidByMonth.keySet());
        return months;
    }

    // ---- retention -----------------------------------------------------------------------------

    /** The first month whose detail is still kept, or null if nothing was forgotten yet. */
    public YearMonth retainedFrom() {
        return retainedFrom;
    }

    /**
     * Drops the detail of every month before {@code month}: punches, attendance days, payments,
     * transactions and complaints. Registry versions and worker registrations stay.
     */
    public void forgetBefore(YearMonth month) {
        if (retainedFrom != null && !month.isAfter(retainedFrom)) {
            return;
        }
        retainedFrom = month;
        LocalDate firstKept = month.atDay(1);
        punches.values().removeIf(p -> Calendar.day(p.time()).isBefore(firstKept));
        inPunches.headMap(firstKept).clear();
        daysByMonth.keySet().removeIf(m -> m.isBefore(month));
        payments.values().removeIf(p -> p.period().isBefore(month));
        paidByMonth.keySet().removeIf(m -> m.isBefore(month));
        txns.values().removeIf(t -> Calendar.month(t.time()).isBefore(month)
                && (t.forPeriod() == null || t.forPeriod().isBefore(month)));
        complaints.values().removeIf(c -> Calendar.month(c.receivedAt()).isBefore(month));
        monthChanges.keySet().removeIf(m -> m.isBefore(month));
        changed(Input.RETENTION);
    }

    // ---- applying ------------------------------------------------------------------------------

    private void applyPunch(Attendance punch) {
        Attendance kept = punches.get(punch.eventId());
        if (kept != null) {
            // A repeated eventId is a duplicate: the earliest in event time stays.
            if (!punch.time().isBefore(kept.time())) {
                return;
            }
            countIn(kept, -1);
        }
        punches.put(punch.eventId(), punch);
        countIn(punch, 1);
    }

    private void countIn(Attendance punch, int delta) {
        if (punch.direction() != Direction.IN) {
            return;
        }
        LocalDate day = Calendar.day(punch.time());
        Map<String, Integer> present = inPunches.computeIfAbsent(day, d -> new HashMap<>());
        int before = present.getOrDefault(punch.workerId(), 0);
        int count = before + delta;
        if (count > 0) {
            present.put(punch.workerId(), count);
        } else {
            present.remove(punch.workerId());
            if (present.isEmpty()) {
                inPunches.remove(day);
            }
        }
        if (before == 0 && count > 0) {
            addDays(YearMonth.from(day), punch.workerId(), 1);
        } else if (before > 0 && count <= 0) {
            addDays(YearMonth.from(day), punch.workerId(), -1);
        }
        if ((before == 0) != (count <= 0)) {
            changed(Input.ATTENDANCE);
            changed(YearMonth.from(day));
        }
    }

    private void addDays(YearMonth month, String workerId, int delta) {
        Map<String, Integer> days = daysByMonth.computeIfAbsent(month, m -> new HashMap<>());
        if (days.merge(workerId, delta, Integer::sum) == 0) {
            days.remove(workerId);
            if (days.isEmpty()) {
                daysByMonth.remove(month);
            }
        }
    }

    private void applyPayment(Payment incoming) {
        Payment kept = payments.get(incoming.paymentId());
        Payment winner = kept == null ? incoming : laterPaymentStatus(kept, incoming);
        if (winner == kept) {
            return;
        }
        payments.put(incoming.paymentId(), incoming);
        if (kept != null) {
            addPaid(kept, kept.amount().negate());
            changed(kept.period());
        }
        addPaid(incoming, incoming.amount());
        changed(incoming.period());
    }

    private void addPaid(Payment payment, BigDecimal amount) {
        if (payment.status() != PaymentStatus.SUCCESS) {
            return;
        }
        Map<String, BigDecimal> paid = paidByMonth.computeIfAbsent(payment.period(), m -> new HashMap<>());
        BigDecimal total = paid.merge(payment.workerId(), amount, BigDecimal::add);
        // Amounts are positive: a total of 0 means no SUCCESS payment is left.
        if (total.signum() == 0) {
            paid.remove(payment.workerId());
            if (paid.isEmpty()) {
                paidByMonth.remove(payment.period());
            }
        }
    }

    /** Ordered by paidAt; at an equal paidAt, FAILED and RETURNED replace SUCCESS. */
    private static Payment laterPaymentStatus(Payment kept, Payment incoming) {
        int byTime = incoming.paidAt().compareTo(kept.paidAt());
        if (byTime != 0) {
            return byTime > 0 ? incoming : kept;
        }
        return kept.status() == PaymentStatus.SUCCESS && incoming.status() != PaymentStatus.SUCCESS ? incoming : kept;
    }

    /** Inserts a registry version in time order; false if it was there already. */
    private static <T> boolean insertVersion(List<T> history, T version, Function<T, Instant> time) {
        int i = history.size();
        while (i > 0 && time.apply(history.get(i - 1)).isAfter(time.apply(version))) {
            i--;
        }
        if (i > 0 && time.apply(history.get(i - 1)).equals(time.apply(version)) && history.get(i - 1).equals(version)) {
            return false;
        }
        history.add(i, version);
        return true;
    }

    /** Of records with one key, the earliest in event time is kept; true if this one is kept now. */
    private static <T> boolean keepEarliest(Map<String, T> kept, String key, T record, Function<T, Instant> time) {
        T earlier = kept.get(key);
        if (earlier != null && !time.apply(record).isBefore(time.apply(earlier))) {
            return false;
        }
        kept.put(key, record);
        return true;
    }

    private static <T> T latestAt(List<T> history, Instant instant, Function<T, Instant> time) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (!time.apply(history.get(i)).isAfter(instant)) {
                return history.get(i);
            }
        }
        return null;
    }
}
