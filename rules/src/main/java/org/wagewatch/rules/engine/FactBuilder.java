package org.wagewatch.rules.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.wagewatch.connectors.feed.AccountTxn;
import org.wagewatch.connectors.feed.Complaint;
import org.wagewatch.connectors.feed.Payment;
import org.wagewatch.connectors.feed.PaymentStatus;
import org.wagewatch.connectors.feed.Project;
import org.wagewatch.connectors.feed.ProjectStatus;
import org.wagewatch.connectors.feed.TxnType;
import org.wagewatch.connectors.feed.WageType;
import org.wagewatch.connectors.feed.Worker;
import org.wagewatch.rules.config.RuleThresholds;
import org.wagewatch.rules.facts.AccountBalance;
import org.wagewatch.rules.facts.AttendanceDay;
import org.wagewatch.rules.facts.ComplaintWindow;
import org.wagewatch.rules.facts.DebitMonth;
import org.wagewatch.rules.facts.Facts;
import org.wagewatch.rules.facts.LaborMonth;
import org.wagewatch.rules.facts.PayMonth;
import org.wagewatch.rules.facts.PaymentFact;
import org.wagewatch.rules.facts.ProjectAge;
import org.wagewatch.rules.facts.ProjectFacts;
import org.wagewatch.rules.facts.SilentSpell;
import org.wagewatch.rules.facts.UnpaidMonth;
import org.wagewatch.rules.facts.UnregisteredDay;
import org.wagewatch.rules.facts.WorkerMonth;
import org.wagewatch.rules.state.Calendar;
import org.wagewatch.rules.state.ProjectState;
import org.wagewatch.rules.state.ProjectState.Input;

/**
 * Builds the facts the rules match on from a project's state as of one instant (DOMAIN.md §4): the
 * derived quantities days, expected and paid, the deadlines reached, and the site's recent days, in
 * {@link FactGroup}s, each with the inputs it is built from.
 *
 * <p>Every event applied to the state is at or before the instant judged (DOMAIN.md §4a), so the
 * registry in force "now" changes only with {@link Input#REGISTRY}, and time enters a group only
 * through the deadlines and days named in its inputs.
 */
public final class FactBuilder {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    /** How many ended days R07 and R13 judge at each evaluation: the day just ended and the one before. */
    private static final int JUDGED_DAYS = 2;
    /** R13 judges day d at 00:00 of d + 2. */
    private static final int UNREGISTERED_CUTOFF_DAYS = 2;

    private final RuleThresholds thresholds;
    private final ExpectedTotals expectedTotals;

    public FactBuilder(RuleThresholds thresholds) {
        this(thresholds, new ExpectedTotals());
    }

    /** @param expectedTotals Σ expected of the months, kept from earlier evaluations with these thresholds */
    FactBuilder(RuleThresholds thresholds, ExpectedTotals expectedTotals) {
        this.thresholds = thresholds;
        this.expectedTotals = expectedTotals;
    }

    /**
     * Every group but the completion, which needs the wage findings: see {@link #completion}.
     *
     * @param lateDays days whose attendance changed after they had been judged: R07 and R13 judge
     *     them (and for R07 the days whose recent past they are) again
     */
    public List<FactGroup> groups(ProjectState state, Instant now, Set<LocalDate> lateDays) {
        Project project = state.projectAt(now);
        List<FactGroup> groups = new ArrayList<>();
        if (project != null) {
            for (YearMonth month : state.wageMonths()) {
                if (!now.isBefore(balanceWarning(month, project, thresholds))) {
                    groups.add(wages(state, project, month, now));
                }
            }
        }
        groups.add(account(state, project, now));
        groups.add(site(state, project, now, lateDays));
        if (!state.complaints().isEmpty()) {
            groups.add(new FactGroup("complaints",
                    new long[] {state.changes(Input.COMPLAINTS), state.changes(Input.RETENTION)},
                    () -> complaintWindows(state, now)));
        }
        return groups;
    }

    /**
     * R11's group: the project and the months whose R01 holds.
     *
     * @param unpaidChanges how often the R01 findings changed
     */
    public FactGroup completion(ProjectState state, Instant now, List<Finding> unpaid, long unpaidChanges) {
        long[] inputs = {state.changes(Input.REGISTRY), unpaidChanges};
        return new FactGroup("completion", inputs, () -> {
            List<Facts> facts = new ArrayList<>();
            Project project = state.projectAt(now);
            if (project != null) {
                facts.add(projectFacts(state, project, now));
                unpaid.forEach(f -> facts.add(new UnpaidMonth(f.period(), f.amount())));
            }
            return facts;
        });
    }

    // ---- wages ---------------------------------------------------------------------------------

    /** R01–R03 judge a month from its deadline, R05 from its balance warning: nothing earlier. */
    public static Instant balanceWarning(YearMonth month, Project project, RuleThresholds thresholds) {
        return Calendar.deadline(month, project.payDay()).minus(Duration.ofDays(thresholds.balanceWarningDays()));
    }

    /**
     * A month's wages once its balance warning has begun: the month's totals, the balance while the
     * warning runs (R05), and every worker-month once the deadline has passed (R01–R03).
     */
    private FactGroup wages(ProjectState state, Project project, YearMonth month, Instant now) {
        Instant due = Calendar.deadline(month, project.payDay());
        boolean dueReached = !now.isBefore(due);
        boolean nextDueReached = !now.isBefore(Calendar.deadline(month.plusMonths(1), project.payDay()));
        long[] inputs = {state.monthChanges(month), state.changes(Input.REGISTRY),
                (dueReached ? 1 : 0) + (nextDueReached ? 2 : 0), dueReached ? -1 : state.changes(Input.TXNS)};
        return new FactGroup("wages|" + month, inputs, () -> {
            BigDecimal paid = sum(state.paidByWorker(month).values());
            BigDecimal minimumWage = thresholds.minimumMonthlyWage(project.districtCode());
            List<Facts> facts = new ArrayList<>();
            if (dueReached) {
                List<WorkerMonth> workerMonths = workerMonths(state, month, now);
                BigDecimal expected = expectedTotal(workerMonths);
                facts.add(new PayMonth(month, true, nextDueReached, false, minimumWage, expected, paid));
                facts.addAll(workerMonths);
            } else {
                BigDecimal expected = expectedTotals.of(state, month,
                        () -> expectedTotal(workerMonths(state, month, now)));
                facts.add(new PayMonth(month, false, false, true, minimumWage, expected, paid));
                accountBalance(state, facts);
            }
            return facts;
        });
    }

    private static BigDecimal expectedTotal(List<WorkerMonth> workerMonths) {
        return sum(workerMonths.stream().map(WorkerMonth::expected).toList());
    }

    private static BigDecimal sum(Collection<BigDecimal> amounts) {
        BigDecimal total = ZERO;
        for (BigDecimal amount : amounts) {
            total = total.add(amount);
        }
        return total;
    }

    /** days, expected and paid of every worker with attendance or payments in the month, as of now. */
    public List<WorkerMonth> workerMonths(ProjectState state, YearMonth month, Instant now) {
        Map<String, Integer> days = state.attendanceDaysByWorker(month);
        Map<String, BigDecimal> paid = state.paidByWorker(month);
        Set<String> workers = new TreeSet<>(days.keySet());
        workers.addAll(paid.keySet());
        List<WorkerMonth> workerMonths = new ArrayList<>(workers.size());
        for (String workerId : workers) {
            int workedDays = days.getOrDefault(workerId, 0);
            Worker worker = state.workerAt(workerId, now);
            workerMonths.add(new WorkerMonth(month, workerId, workedDays, expected(worker, workedDays),
                    paid.getOrDefault(workerId, ZERO), worker != null));
        }
        return workerMonths;
    }

    /** expected(w,p,M): DAILY rate × days; MONTHLY rate × min(1, days / 21.75); 0 if unregistered. */
    BigDecimal expected(Worker worker, int days) {
        if (worker == null || days == 0) {
            return ZERO;
        }
        BigDecimal workedDays = BigDecimal.valueOf(days);
        if (worker.wageType() == WageType.DAILY) {
            return worker.wageRate().multiply(workedDays).setScale(2, RoundingMode.HALF_UP);
        }
        if (workedDays.compareTo(thresholds.statutoryMonthDays()) >= 0) {
            return worker.wageRate().setScale(2, RoundingMode.HALF_UP);
        }
        return worker.wageRate().multiply(workedDays).divide(thresholds.statutoryMonthDays(), 2, RoundingMode.HALF_UP);
    }

    /** A worker's SUCCESS payments for a month, each with what R12 checks about it. */
    static List<PaymentFact> payments(ProjectState state, YearMonth month, String workerId, Instant now) {
        int days = state.attendanceDaysByWorker(month).getOrDefault(workerId, 0);
        Worker worker = state.workerAt(workerId, now);
        List<PaymentFact> facts = new ArrayList<>(1);
        for (Payment p : state.payments(month, workerId)) {
            if (p.status() == PaymentStatus.SUCCESS) {
                facts.add(new PaymentFact(p.paymentId(), month, workerId, p.amount(), days, cardMismatch(worker, p)));
            }
        }
        return facts;
    }

    private static boolean cardMismatch(Worker worker, Payment payment) {
        return worker != null && worker.bankCardNo() != null && payment.payeeCardNo() != null
                && !worker.bankCardNo().equals(payment.payeeCardNo());
    }

    // ---- registry and account ------------------------------------------------------------------

    private static ProjectFacts projectFacts(ProjectState state, Project project, Instant now) {
        Instant first = state.firstRegistration();
        return new ProjectFacts(project.status(), project.depositRequired(), project.depositPaid(),
                first != null && !first.isAfter(now));
    }

    /** The labor cost deposits (R04), money leaving for other uses (R06) and the wage deposit (R10). */
    private FactGroup account(ProjectState state, Project project, Instant now) {
        YearMonth month = Calendar.month(now);
        // Labor cost of M is due in M + 1: whether last month's is due yet is all that changes in a month.
        boolean lastMonthDue = project != null
                && !now.isBefore(Calendar.deadline(month.minusMonths(1), project.laborCostDueDay()));
        long[] inputs = {state.changes(Input.TXNS), state.changes(Input.REGISTRY), state.changes(Input.RETENTION),
                month.getYear() * 12L + month.getMonthValue(), lastMonthDue ? 1 : 0};
        return new FactGroup("account", inputs, () -> {
            List<Facts> facts = new ArrayList<>();
            if (project != null) {
                facts.add(projectFacts(state, project, now));
                laborMonths(state, project, now, facts);
            }
            debitMonths(state, facts);
            return facts;
        });
    }

    private void laborMonths(ProjectState state, Project project, Instant now, List<Facts> facts) {
        if (project.laborCostMonthly().signum() <= 0) {
            return;
        }
        Map<YearMonth, BigDecimal> deposited = new TreeMap<>();
        Map<YearMonth, List<String>> depositIds = new TreeMap<>();
        for (AccountTxn t : state.txns()) {
            if (t.type() == TxnType.LABOR_COST_DEPOSIT) {
                deposited.merge(t.forPeriod(), t.amount(), BigDecimal::add);
                depositIds.computeIfAbsent(t.forPeriod(), m -> new ArrayList<>()).add(t.txnId());
            }
        }
        List<Project> versions = state.projectVersions();
        YearMonth first = Calendar.month(versions.get(0).updatedAt());
        if (state.retainedFrom() != null && state.retainedFrom().isAfter(first)) {
            // Deposits of forgotten months are gone: those months are not judged again.
            first = state.retainedFrom();
        }
        for (YearMonth month = first; !month.isAfter(Calendar.month(now)); month = month.plusMonths(1)) {
            List<String> ids = depositIds.getOrDefault(month, List.of()).stream().sorted().toList();
            facts.add(new LaborMonth(month, inProgressDuring(versions, month, now),
                    !now.isBefore(Calendar.deadline(month, project.laborCostDueDay())), project.laborCostMonthly(),
                    deposited.getOrDefault(month, ZERO), ids));
        }
    }

    /** Whether the registry said IN_PROGRESS at some instant of the month (as far as known by now). */
    private static boolean inProgressDuring(List<Project> versions, YearMonth month, Instant now) {
        Instant start = Calendar.midnight(month.atDay(1));
        Instant end = Calendar.midnight(month.plusMonths(1).atDay(1));
        Project inForceAtStart = null;
        for (Project version : versions) {
            Instant at = version.updatedAt();
            if (at.isAfter(now) || !at.isBefore(end)) {
                break;
            }
            if (!at.isAfter(start)) {
                inForceAtStart = version;
            } else if (version.status() == ProjectStatus.IN_PROGRESS) {
                return true;
            }
        }
        return inForceAtStart != null && inForceAtStart.status() == ProjectStatus.IN_PROGRESS;
    }

    private static void accountBalance(ProjectState state, List<Facts> facts) {
        state.txns().stream()
                .filter(t -> t.balanceAfter() != null)
                .max(Comparator.comparing(AccountTxn::time).thenComparing(AccountTxn::txnId))
                .ifPresent(t -> facts.add(new AccountBalance(t.balanceAfter(), t.txnId())));
    }

    private static void debitMonths(ProjectState state, List<Facts> facts) {
        Map<YearMonth, List<AccountTxn>> debits = new TreeMap<>();
        for (AccountTxn t : state.txns()) {
            if (t.type() == TxnType.OTHER_DEBIT) {
                debits.computeIfAbsent(Calendar.month(t.time()), m -> new ArrayList<>()).add(t);
            }
        }
        debits.forEach((month, txns) -> facts.add(new DebitMonth(month,
                txns.stream().map(AccountTxn::amount).reduce(ZERO, BigDecimal::add),
                txns.stream().map(AccountTxn::txnId).sorted().toList())));
    }

    // ---- the site ------------------------------------------------------------------------------

    /**
     * Who came to the gate: the days just ended (R07, R13), the silence (R08). A midnight changes the
     * group only through the days it brings up for judging and through the silence's length, which
     * R08 compares with its thresholds alone: a quiet site's long silence is judged once, not again
     * at every midnight that lengthens it.
     */
    private FactGroup site(ProjectState state, Project project, Instant now, Set<LocalDate> lateDays) {
        JudgedDays days = judgedDays(state, now, lateDays);
        ProjectAge age = project == null ? null : new ProjectAge(Calendar.daysSince(project.startDate(), now));
        SilentSpell silence = project == null ? null : silentSpell(state, project, now);
        long[] inputs = new long[5 + days.drop().size() + 1 + days.unregistered().size()];
        int i = 0;
        inputs[i++] = state.changes(Input.ATTENDANCE);
        inputs[i++] = state.changes(Input.REGISTRY);
        inputs[i++] = age == null ? Long.MIN_VALUE : Math.min(age.daysSinceStart(), thresholds.silentStartDays());
        inputs[i++] = silence == null ? Long.MIN_VALUE : silence.firstSilentDay().toEpochDay();
        inputs[i++] = silence == null ? Long.MIN_VALUE : Math.min(silence.silentDays(), thresholds.silentDays());
        for (LocalDate day : days.drop()) {
            inputs[i++] = day.toEpochDay();
        }
        inputs[i++] = Long.MIN_VALUE; // between the two sets of days
        for (LocalDate day : days.unregistered()) {
            inputs[i++] = day.toEpochDay();
        }
        return new FactGroup("site", inputs, () -> {
            List<Facts> facts = new ArrayList<>();
            if (project != null) {
                facts.add(projectFacts(state, project, now));
                facts.add(age);
                if (silence != null) {
                    facts.add(silence);
                }
            }
            attendanceDays(state, days, facts);
            return facts;
        });
    }

    /** The ended days R07 judges ({@code drop}) and those R13 judges ({@code unregistered}). */
    private record JudgedDays(Set<LocalDate> drop, Set<LocalDate> unregistered) {}

    /**
     * The ended days R07 judges and those R13 judges (a day at 00:00 two days later), each at two
     * evaluation days in a row so that punches of that day arriving a little late still count, and
     * again whenever a late punch changes them. Both rules record facts: once raised their alerts
     * stay OPEN, so days that did not change need no judging again.
     */
    private JudgedDays judgedDays(ProjectState state, Instant now, Set<LocalDate> lateDays) {
        LocalDate today = Calendar.day(now);
        NavigableMap<LocalDate, Map<String, Integer>> days = state.attendanceDays();
        Set<LocalDate> dropDays = new TreeSet<>(days.subMap(today.minusDays(JUDGED_DAYS), true, today, false).keySet());
        Set<LocalDate> unregisteredDays = new TreeSet<>(days.subMap(
                today.minusDays(JUDGED_DAYS + UNREGISTERED_CUTOFF_DAYS), true,
                today.minusDays(UNREGISTERED_CUTOFF_DAYS), true).keySet());
        for (LocalDate late : lateDays) {
            // A late day counts in the recent past of the days after it, up to the lookback.
            dropDays.addAll(days.subMap(late, true, lateEnd(late, today), false).keySet());
            if (days.containsKey(late) && !late.isAfter(today.minusDays(UNREGISTERED_CUTOFF_DAYS))) {
                unregisteredDays.add(late);
            }
        }
        return new JudgedDays(dropDays, unregisteredDays);
    }

    private void attendanceDays(ProjectState state, JudgedDays judged, List<Facts> facts) {
        NavigableMap<LocalDate, Map<String, Integer>> days = state.attendanceDays();
        for (LocalDate day : judged.drop()) {
            facts.add(attendanceDay(state, day, days.get(day).size()));
        }
        for (LocalDate day : judged.unregistered()) {
            Instant cutoff = Calendar.midnight(day.plusDays(UNREGISTERED_CUTOFF_DAYS));
            List<String> unregistered = days.get(day).keySet().stream()
                    .filter(workerId -> {
                        Instant since = state.registeredSince(workerId);
                        return since == null || since.isAfter(cutoff);
                    })
                    .sorted()
                    .toList();
            facts.add(new UnregisteredDay(day, unregistered));
        }
    }

    private LocalDate lateEnd(LocalDate late, LocalDate today) {
        LocalDate end = late.plusDays(thresholds.dropLookbackDays() + 1L);
        return end.isBefore(today) ? end : today;
    }

    /** The day's head count and that of up to the recent days with attendance before it. */
    private AttendanceDay attendanceDay(ProjectState state, LocalDate day, int headCount) {
        int priorDays = 0;
        int priorSum = 0;
        for (Map<String, Integer> earlier : state.attendanceDays()
                .subMap(day.minusDays(thresholds.dropLookbackDays()), true, day, false).descendingMap().values()) {
            if (priorDays == thresholds.dropRecentDays()) {
                break;
            }
            priorDays++;
            priorSum += earlier.size();
        }
        return new AttendanceDay(day, day.getDayOfWeek() != DayOfWeek.SUNDAY, headCount, priorDays, priorSum);
    }

    /** The current silence, or null before the project has attendance or a registered worker. */
    private static SilentSpell silentSpell(ProjectState state, Project project, Instant now) {
        LocalDate today = Calendar.day(now);
        LocalDate lastAttendance = state.attendanceDays().floorKey(today);
        LocalDate firstSilent;
        if (lastAttendance != null) {
            firstSilent = lastAttendance.plusDays(1);
        } else {
            Instant firstRegistration = state.firstRegistration();
            if (firstRegistration == null) {
                return null;
            }
            LocalDate registered = Calendar.day(firstRegistration);
            firstSilent = registered.isAfter(project.startDate()) ? registered : project.startDate();
        }
        return new SilentSpell(firstSilent, Calendar.daysSince(firstSilent, now));
    }

    private List<Facts> complaintWindows(ProjectState state, Instant now) {
        List<Complaint> complaints = state.complaints().stream()
                .filter(c -> !c.receivedAt().isAfter(now))
                .sorted(Comparator.comparing(Complaint::receivedAt).thenComparing(Complaint::complaintId))
                .toList();
        Duration window = Duration.ofDays(thresholds.complaintWindowDays());
        List<Facts> facts = new ArrayList<>();
        for (Complaint latest : complaints) {
            Instant from = latest.receivedAt().minus(window);
            List<Complaint> inWindow = complaints.stream()
                    .filter(c -> !c.receivedAt().isBefore(from) && !c.receivedAt().isAfter(latest.receivedAt()))
                    .toList();
            facts.add(new ComplaintWindow(latest.complaintId(), latest.receivedAt(), Calendar.month(latest.receivedAt()),
                    latest.workerCount(), inWindow.size(),
                    inWindow.stream().map(Complaint::amountClaimed).reduce(ZERO, BigDecimal::add),
                    inWindow.stream().map(Complaint::complaintId).sorted().toList()));
        }
        return facts;
    }
}
