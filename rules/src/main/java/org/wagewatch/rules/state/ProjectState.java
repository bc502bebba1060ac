package org.wagewatch.rules.state;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.wagewatch.connectors.feed.AccountTxn;
import org.wagewatch.connectors.feed.Attendance;
import org.wagewatch.connectors.feed.Complaint;
import org.wagewatch.connectors.feed.Direction;
import org.wagewatch.connectors.feed.Feed;
import org.wagewatch.connectors.feed.FeedDecoder;
import org.wagewatch.connectors.feed.FeedEvent;
import org.wagewatch.connectors.feed.FeedRecord;
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
    /** Punches are kept as raw text, validated when they arrived. */
    private static final FeedDecoder KEPT_PUNCHES = new FeedDecoder(Integer.MAX_VALUE);

    private final Versions<Project> versions = new Versions<>();
    /** Months before this one were forgotten (retention); null while nothing was. */
    private YearMonth retainedFrom;
    private final Map<String, Versions<Worker>> workers = new HashMap<>();
    private Instant firstRegistration;
    /**
     * Every punch kept, as raw text: it breaks ties and takes less room than the decoded punch, which
     * is decoded again only when a duplicate arrives. Kept here unless {@link #keepPunchesIn} says where.
     */
    private OwnPunches ownPunches = new OwnPunches();
    private transient PunchLedger punches;
    /** Day → worker → number of IN punches that day. */
    private final TreeMap<LocalDate, Map<String, Integer>> inPunches = new TreeMap<>();
    /** Month → worker → attendance days: days(w, p, M), kept up to date as punches arrive. */
    private final Map<YearMonth, Map<String, Integer>> daysByMonth = new HashMap<>();
    private final Map<String, FeedRecord> payments = new HashMap<>();
    /** Month → worker → SUCCESS total: paid(w, p, M), kept up to date as payment statuses arrive. */
    private final Map<YearMonth, Map<String, BigDecimal>> paidByMonth = new HashMap<>();
    /** Month → worker → the ids of the worker's payments for the month, in any status. */
    private final Map<YearMonth, Map<String, Set<String>>> paymentIds = new HashMap<>();
    /**
     * Month → the workers whose SUCCESS payments for the month, or what R12 checks about them (days
     * in the month, registered card), changed, by stamp: a judge of the month's payments asks for
     * the workers changed since it last looked.
     */
    private final Map<YearMonth, ChangeJournal> paymentChanges = new HashMap<>();
    private long paymentStamp;
    private final Map<String, FeedRecord> txns = new HashMap<>();
    private final Map<String, FeedRecord> complaints = new HashMap<>();
    /**
     * How often each input changed, so that a judgement built from unchanged inputs can be kept
     * (see {@code FactBuilder}): per work month (its attendance days or its payments), and per kind.
     */
    private final Map<YearMonth, Long> monthChanges = new HashMap<>();
    private final Map<YearMonth, Long> monthAttendanceChanges = new HashMap<>();
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

    /**
     * Applies one valid record of this project, with the versions, duplicates and ties of DOMAIN.md
     * §3, so that the state does not depend on the order records arrive in, even at one instant.
     */
    public void apply(FeedRecord record) {
        FeedEvent event = record.event();
        if (event instanceof Attendance a) {
            applyPunch(a, record.raw());
        } else if (event instanceof Payment p) {
            applyPayment(p, record);
        } else if (event instanceof Worker w) {
            if (workers.computeIfAbsent(w.workerId(), id -> new Versions<>()).insert(record)) {
                if (firstRegistration == null || w.updatedAt().isBefore(firstRegistration)) {
                    firstRegistration = w.updatedAt();
                }
                changed(Input.REGISTRY);
                paidByMonth.forEach((month, paid) -> {
                    if (paid.containsKey(w.workerId())) {
                        paymentsChanged(month, w.workerId());
                    }
                });
            }
        } else if (event instanceof Project) {
            if (versions.insert(record)) {
                changed(Input.REGISTRY);
            }
        } else if (event instanceof AccountTxn t) {
            if (keepEarliest(txns, t.txnId(), record)) {
                changed(Input.TXNS);
            }
        } else if (event instanceof Complaint c) {
            if (keepEarliest(complaints, c.complaintId(), record)) {
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

    /** How many times the attendance days of this work month changed so far. */
    public long monthAttendanceChanges(YearMonth month) {
        return monthAttendanceChanges.getOrDefault(month, 0L);
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
        return versions.at(instant);
    }

    /** Every registry version, oldest first. */
    public List<Project> projectVersions() {
        return versions.all();
    }

    /** The worker's registration in force at {@code instant}, or null if not registered by then. */
    public Worker workerAt(String workerId, Instant instant) {
        Versions<Worker> history = workers.get(workerId);
        return history == null ? null : history.at(instant);
    }

    /** When the worker was first registered on this project, or null. */
    public Instant registeredSince(String workerId) {
        Versions<Worker> history = workers.get(workerId);
        return history == null ? null : history.first();
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

    public List<Payment> payments() {
        return events(payments);
    }

    /**
     * paid(w, p, M) by worker: SUCCESS payments for the month, each paymentId once in its latest
     * status (do not modify).
     */
    public Map<String, BigDecimal> paidByWorker(YearMonth month) {
        return paidByMonth.getOrDefault(month, Map.of());
    }

    public List<AccountTxn> txns() {
        return events(txns);
    }

    public List<Complaint> complaints() {
        return events(complaints);
    }

    @SuppressWarnings("unchecked")
    private static <T extends FeedEvent> List<T> events(Map<String, FeedRecord> records) {
        List<T> events = new ArrayList<>(records.size());
        records.values().forEach(r -> events.add((T) r.event()));
        return events;
    }

    /** The worker's payments for the month, each in its latest status. */
    public List<Payment> payments(YearMonth month, String workerId) {
        Set<String> ids = paymentIds.getOrDefault(month, Map.of()).getOrDefault(workerId, Set.of());
        List<Payment> found = new ArrayList<>(ids.size());
        ids.forEach(id -> found.add((Payment) payments.get(id).event()));
        return found;
    }

    /** The stamp of the latest change of any worker's payments (see {@link #paymentsChangedSince}). */
    public long paymentStamp() {
        return paymentStamp;
    }

    /**
     * The workers whose SUCCESS payments for the month, days in the month or registration changed
     * after {@code stamp}: only their payments can be judged differently since then.
     */
    public Collection<String> paymentsChangedSince(YearMonth month, long stamp) {
        ChangeJournal changes = paymentChanges.get(month);
        return changes == null ? List.of() : changes.changedSince(stamp);
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
        punches().forgetBefore(month);
        inPunches.headMap(firstKept).clear();
        daysByMonth.keySet().removeIf(m -> m.isBefore(month));
        payments.values().removeIf(r -> ((Payment) r.event()).period().isBefore(month));
        paymentIds.keySet().removeIf(m -> m.isBefore(month));
        paymentChanges.keySet().removeIf(m -> m.isBefore(month));
        paidByMonth.keySet().removeIf(m -> m.isBefore(month));
        txns.values().removeIf(r -> {
            AccountTxn t = (AccountTxn) r.event();
            return Calendar.month(t.time()).isBefore(month) && (t.forPeriod() == null || t.forPeriod().isBefore(month));
        });
        complaints.values().removeIf(r -> Calendar.month(r.event().eventTime()).isBefore(month));
        monthChanges.keySet().removeIf(m -> m.isBefore(month));
        monthAttendanceChanges.keySet().removeIf(m -> m.isBefore(month));
        changed(Input.RETENTION);
    }

    // ---- applying ------------------------------------------------------------------------------

    private void applyPunch(Attendance punch, byte[] raw) {
        byte[] keptRaw = punches().find(punch.eventId());
        if (keptRaw != null) {
            Attendance kept = decodeKept(keptRaw);
            if (!replacesDuplicate(punch.time(), raw, kept.time(), keptRaw)) {
                return;
            }
            countIn(kept, -1);
        }
        punches().keep(punch.eventId(), Calendar.month(punch.time()), raw);
        countIn(punch, 1);
    }

    /**
     * Keeps the punches in {@code ledger} from now on, instead of in this object: the operator's own
     * keyed state, given again whenever it reads this state back.
     */
    public void keepPunchesIn(PunchLedger ledger) {
        punches = ledger;
        ownPunches = null;
    }

    private PunchLedger punches() {
        return punches != null ? punches : ownPunches;
    }

    private static Attendance decodeKept(byte[] raw) {
        if (KEPT_PUNCHES.decodeLine(Feed.ATTENDANCE, raw, "state", 0, Instant.EPOCH) instanceof FeedRecord record) {
            return (Attendance) record.event();
        }
        throw new IllegalStateException("a punch kept in state no longer decodes");
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
        YearMonth month = YearMonth.from(day);
        if (before == 0 && count > 0) {
            addDays(month, punch.workerId(), 1);
        } else if (before > 0 && count <= 0) {
            addDays(month, punch.workerId(), -1);
        }
        if ((before == 0) != (count <= 0)) {
            changed(Input.ATTENDANCE);
            changed(month);
            monthAttendanceChanges.merge(month, 1L, Long::sum);
            if (paidByWorker(month).containsKey(punch.workerId())) {
                paymentsChanged(month, punch.workerId());
            }
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

    private void applyPayment(Payment incoming, FeedRecord record) {
        FeedRecord keptRecord = payments.get(incoming.paymentId());
        Payment kept = keptRecord == null ? null : (Payment) keptRecord.event();
        if (kept != null && !replaces(incoming, record, kept, keptRecord)) {
            return;
        }
        payments.put(incoming.paymentId(), record);
        if (kept != null) {
            addPaid(kept, kept.amount().negate());
            changed(kept.period());
            paymentIds.get(kept.period()).get(kept.workerId()).remove(kept.paymentId());
            paymentsChanged(kept.period(), kept.workerId());
        }
        addPaid(incoming, incoming.amount());
        changed(incoming.period());
        paymentIds.computeIfAbsent(incoming.period(), m -> new HashMap<>())
                .computeIfAbsent(incoming.workerId(), w -> new HashSet<>()).add(incoming.paymentId());
        paymentsChanged(incoming.period(), incoming.workerId());
    }

    private void paymentsChanged(YearMonth month, String workerId) {
        paymentChanges.computeIfAbsent(month, m -> new ChangeJournal()).changed(workerId, ++paymentStamp);
    }

    /** Ordered by paidAt; at one paidAt FAILED and RETURNED replace SUCCESS, else the greater raw text wins. */
    private static boolean replaces(Payment incoming, FeedRecord record, Payment kept, FeedRecord keptRecord) {
        int byTime = incoming.paidAt().compareTo(kept.paidAt());
        if (byTime != 0) {
            return byTime > 0;
        }
        boolean incomingSuccess = incoming.status() == PaymentStatus.SUCCESS;
        if (incomingSuccess != (kept.status() == PaymentStatus.SUCCESS)) {
            return !incomingSuccess;
        }
        return record.compareRaw(keptRecord) > 0;
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

    /**
     * Of records with one key the earliest in event time is kept, at one time the greater raw text;
     * true if this one is kept now.
     */
    private static boolean keepEarliest(Map<String, FeedRecord> kept, String key, FeedRecord record) {
        FeedRecord earlier = kept.get(key);
        if (earlier != null && !replacesDuplicate(record.event().eventTime(), record.raw(),
                earlier.event().eventTime(), earlier.raw())) {
            return false;
        }
        kept.put(key, record);
        return true;
    }

    /** Of duplicates the earliest in event time stays; at one time, the greater raw text (DOMAIN.md §3). */
    private static boolean replacesDuplicate(Instant time, byte[] raw, Instant keptTime, byte[] keptRaw) {
        int byTime = time.compareTo(keptTime);
        return byTime < 0 || byTime == 0 && Arrays.compareUnsigned(raw, keptRaw) > 0;
    }
}
