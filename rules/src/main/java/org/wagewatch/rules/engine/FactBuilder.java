package org.wagewatch.rules.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.wagewatch.rules.facts.PaidMonth;
import org.wagewatch.rules.facts.PayMonth;
import org.wagewatch.rules.facts.PaymentFact;
import org.wagewatch.rules.facts.ProjectFacts;
import org.wagewatch.rules.facts.SilentSpell;
import org.wagewatch.rules.facts.UnregisteredDay;
import org.wagewatch.rules.facts.WorkerMonth;
import org.wagewatch.rules.state.Calendar;
import org.wagewatch.rules.state.ProjectState;

/**
 * Builds the facts the rules match on from a project's state as of one instant (DOMAIN.md §4): the
 * derived quantities days, expected and paid, the deadlines reached, and the site's recent days.
 */
public final class FactBuilder {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    /** How many days back R07 and R13 look: the day just judged and the one before. */
    private static final int JUDGED_DAYS = 2;

    private final RuleThresholds thresholds;

    public FactBuilder(RuleThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public List<Facts> build(ProjectState state, Instant now) {
        List<Facts> facts = new ArrayList<>();
        Project project = state.projectAt(now);
        if (project != null) {
            facts.add(new ProjectFacts(project.status(), project.depositRequired(), project.depositPaid(),
                    Calendar.daysSince(project.startDate(), now), hasRegisteredWorkers(state, now)));
            laborMonths(state, project, now, facts);
            silentSpell(state, project, now, facts);
        }
        wageMonths(state, project, now, facts);
        accountFacts(state, facts);
        attendanceDays(state, now, facts);
        complaintWindows(state, now, facts);
        return facts;
    }

    // ---- wages ---------------------------------------------------------------------------------

    /**
     * Worker-months for the months a wage rule looks at: those whose balance warning has begun
     * (R01–R03 and R05 judge nothing earlier), and every SUCCESS payment for R12.
     */
    private void wageMonths(ProjectState state, Project project, Instant now, List<Facts> facts) {
        for (YearMonth month : state.wageMonths()) {
            Map<String, Integer> days = state.attendanceDaysByWorker(month);
            Map<String, BigDecimal> paid = state.paidByWorker(month);
            if (project != null) {
                Instant due = Calendar.deadline(month, project.payDay());
                Instant warning = due.minus(Duration.ofDays(thresholds.balanceWarningDays()));
                if (!now.isBefore(warning)) {
                    facts.add(new PayMonth(month, !now.isBefore(due),
                            !now.isBefore(Calendar.deadline(month.plusMonths(1), project.payDay())), now.isBefore(due),
                            thresholds.minimumMonthlyWage(project.districtCode())));
                    workerMonths(state, month, days, paid, now, facts);
                }
            }
            if (!paid.isEmpty()) {
                facts.add(new PaidMonth(month));
            }
        }
        for (Payment p : state.payments()) {
            if (p.status() == PaymentStatus.SUCCESS) {
                facts.add(new PaymentFact(p.paymentId(), p.period(), p.workerId(), p.amount(),
                        state.attendanceDaysByWorker(p.period()).getOrDefault(p.workerId(), 0),
                        cardMismatch(state.workerAt(p.workerId(), now), p)));
            }
        }
    }

    private void workerMonths(ProjectState state, YearMonth month, Map<String, Integer> days,
            Map<String, BigDecimal> paid, Instant now, List<Facts> facts) {
        Set<String> workers = new HashSet<>(days.keySet());
        workers.addAll(paid.keySet());
        for (String workerId : workers) {
            int workedDays = days.getOrDefault(workerId, 0);
            Worker worker = state.workerAt(workerId, now);
            facts.add(new WorkerMonth(month, workerId, workedDays, expected(worker, workedDays),
                    paid.getOrDefault(workerId, ZERO), worker != null));
        }
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

    private static boolean cardMismatch(Worker worker, Payment payment) {
        return worker != null && worker.bankCardNo() != null && payment.payeeCardNo() != null
                && !worker.bankCardNo().equals(payment.payeeCardNo());
    }

    // ---- registry and account ------------------------------------------------------------------

    private static boolean hasRegisteredWorkers(ProjectState state, Instant now) {
        Instant first = state.firstRegistration();
        return first != null && !first.isAfter(now);
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

    private static void accountFacts(ProjectState state, List<Facts> facts) {
        state.txns().stream()
                .filter(t -> t.balanceAfter() != null)
                .max(Comparator.comparing(AccountTxn::time).thenComparing(AccountTxn::txnId))
                .ifPresent(t -> facts.add(new AccountBalance(t.balanceAfter(), t.txnId())));
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
     * The days R07 judges (a day once it has ended) and R13 judges (a day at 00:00 two days later),
     * each for two evaluation days in a row so that records of that day arriving a little late still
     * count. Both rules record facts: once raised their alerts stay OPEN, so older days need no
     * looking at again.
     */
    private void attendanceDays(ProjectState state, Instant now, List<Facts> facts) {
        LocalDate today = Calendar.day(now);
        for (Map.Entry<LocalDate, Map<String, Integer>> entry
                : state.attendanceDays().subMap(today.minusDays(JUDGED_DAYS + 2L), true, today, false).entrySet()) {
            LocalDate day = entry.getKey();
            if (!day.isBefore(today.minusDays(JUDGED_DAYS))) {
                facts.add(attendanceDay(state, day, entry.getValue().size()));
            }
            Instant cutoff = Calendar.midnight(day.plusDays(2));
            if (!now.isBefore(cutoff)) {
                List<String> unregistered = entry.getValue().keySet().stream()
                        .filter(workerId -> {
                            Instant since = state.registeredSince(workerId);
                            return since == null || since.isAfter(cutoff);
                        })
                        .sorted()
                        .toList();
                facts.add(new UnregisteredDay(day, unregistered));
            }
        }
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

    private static void silentSpell(ProjectState state, Project project, Instant now, List<Facts> facts) {
        LocalDate today = Calendar.day(now);
        LocalDate lastAttendance = state.attendanceDays().floorKey(today);
        LocalDate firstSilent;
        if (lastAttendance != null) {
            firstSilent = lastAttendance.plusDays(1);
        } else {
            Instant firstRegistration = state.firstRegistration();
            if (firstRegistration == null) {
                return;
            }
            LocalDate registered = Calendar.day(firstRegistration);
            firstSilent = registered.isAfter(project.startDate()) ? registered : project.startDate();
        }
        facts.add(new SilentSpell(firstSilent, Calendar.daysSince(firstSilent, now)));
    }

    private void complaintWindows(ProjectState state, Instant now, List<Facts> facts) {
        List<Complaint> complaints = state.complaints().stream()
                .filter(c -> !c.receivedAt().isAfter(now))
                .sorted(Comparator.comparing(Complaint::receivedAt).thenComparing(Complaint::complaintId))
                .toList();
        Duration window = Duration.ofDays(thresholds.complaintWindowDays());
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
    }
}
