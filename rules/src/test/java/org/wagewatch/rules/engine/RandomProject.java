package org.wagewatch.rules.engine;

import static org.wagewatch.rules.engine.Events.aProject;
import static org.wagewatch.rules.engine.Events.complaint;
import static org.wagewatch.rules.engine.Events.payment;
import static org.wagewatch.rules.engine.Events.punch;
import static org.wagewatch.rules.engine.Events.record;
import static org.wagewatch.rules.engine.Events.txn;
import static org.wagewatch.rules.engine.Events.worker;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.wagewatch.connectors.feed.AccountTxn;
import org.wagewatch.connectors.feed.Direction;
import org.wagewatch.connectors.feed.FeedEvent;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.connectors.feed.FeedTime;
import org.wagewatch.connectors.feed.PaymentStatus;
import org.wagewatch.connectors.feed.ProjectStatus;
import org.wagewatch.connectors.feed.TxnType;
import org.wagewatch.connectors.feed.WageType;
import org.wagewatch.rules.config.RuleThresholds;
import org.wagewatch.rules.engine.Events.ProjectSpec;
import org.wagewatch.rules.engine.LateTimeline.Late;
import org.wagewatch.rules.state.Calendar;

/**
 * A random but reproducible history of project P1 over three months: registry versions
 * (status, pay day, labor cost, deposit), workers registered early, late or never, gate punches
 * with silent spells, drop days, unregistered crews and duplicate eventIds, payments on time, late,
 * short, returned, failed or to another card, account transactions and complaints.
 */
final class RandomProject {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 8, 24);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 22);
    /** The run goes on past the last event, so the deadlines of November's end still pass. */
    static final Instant AS_OF = Calendar.midnight(LocalDate.of(2026, 11, 25));

    private static final Instant END = Calendar.midnight(LAST_DAY.plusDays(1));
    private static final List<YearMonth> WORK_MONTHS =
            List.of(YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));
    private static final String[] MONTHLY_RATES = {"2000", "3000", "4500", "6000", "8000"};
    private static final String[] LABOR_COSTS = {"0", "30000", "60000"};
    /** Everybody passes the gate at these times: few distinct instants keep the run short. */
    private static final LocalTime GATE_IN = LocalTime.of(7, 30);
    private static final LocalTime GATE_OUT = LocalTime.of(17, 30);

    private final Random random;
    private final List<FeedEvent> events = new ArrayList<>();
    /** The pay day of the first registry version: payments are on time or late against it. */
    private int payDay;
    private String laborCost;
    private int laborDueDay;
    /** Every worker who may come to the gate, with what the payments need to know. */
    private final Map<String, Crew> crews = new LinkedHashMap<>();
    /** days(w, M) as punched, by month and worker. */
    private final Map<YearMonth, Map<String, Integer>> days = new TreeMap<>();
    private int ids;

    /** A worker at the gate: wage as first registered (an unregistered one is paid as DAILY 300). */
    private record Crew(String workerId, WageType type, BigDecimal rate, String card, LocalDate from, LocalDate to,
            double presence) {}

    private RandomProject(long seed) {
        this.random = new Random(seed);
    }

    /** The history of one seed, every event of it at or before {@link #LAST_DAY}. */
    static RandomProject generate(long seed) {
        RandomProject project = new RandomProject(seed);
        project.registry();
        project.workers();
        project.site();
        List<AccountTxn> txns = new ArrayList<>();
        project.payments(txns);
        project.account(txns);
        project.complaints();
        return project;
    }

    /**
     * Thresholds low enough for a crew of 5 to 15 to trip every rule: R07 from a mean of 3, R13 from
     * 3 unregistered workers, RED and ORANGE wage alerts from a few workers or small sums. A
     * retention of 0 months forgets detail while the run still goes on.
     */
    static RuleThresholds thresholds(int retentionMonths) {
        return new RuleThresholds(new BigDecimal("21.75"), 4, new BigDecimal("20000"), new BigDecimal("0.8"), 3,
                new BigDecimal("5000"), new BigDecimal("2490"), Map.of(), 5, 50, 7, 14, 3, 3, 7, 3, 3, 30, 10, 3,
                retentionMonths);
    }

    List<FeedEvent> events() {
        return events;
    }

    /** Every event, on time. */
    List<FeedRecord> records() {
        return events.stream().map(Events::record).toList();
    }

    /**
     * The events split into those on time and those held back: about {@code percent} % of them,
     * each delivered an hour to 12 days after its instant, at the first instant evaluated anyway
     * from then on (an event's or a midnight), so late records add evaluations but no instants.
     */
    Delivery holdBack(long seed, int percent) {
        Random late = new Random(seed);
        List<FeedRecord> onTime = new ArrayList<>();
        List<FeedEvent> heldBack = new ArrayList<>();
        TreeSet<Instant> instants = new TreeSet<>();
        for (FeedEvent event : events) {
            if (late.nextInt(100) < percent) {
                heldBack.add(event);
            } else {
                onTime.add(record(event));
                instants.add(event.eventTime());
            }
        }
        List<Late> held = new ArrayList<>();
        for (FeedEvent event : heldBack) {
            int kind = late.nextInt(10);
            long hours = kind < 5 ? 1 + late.nextInt(23) : kind < 8 ? 24 + late.nextInt(72) : 96 + late.nextInt(192);
            Instant due = event.eventTime().plus(Duration.ofHours(hours));
            Instant midnight = Calendar.midnight(Calendar.day(due)).equals(due) ? due : Calendar.nextMidnight(due);
            Instant nextEvent = instants.ceiling(due);
            Instant deliveredAt = nextEvent != null && nextEvent.isBefore(midnight) ? nextEvent : midnight;
            held.add(new Late(record(event), deliveredAt.isAfter(AS_OF) ? AS_OF : deliveredAt));
        }
        return new Delivery(onTime, held);
    }

    /** Records on time and records delivered late. */
    record Delivery(List<FeedRecord> onTime, List<Late> late) {}

    // ---- registry ------------------------------------------------------------------------------

    private void registry() {
        payDay = 5 + random.nextInt(11);
        laborDueDay = 1 + random.nextInt(payDay);
        laborCost = random.nextInt(4) == 0 ? "0" : pick(LABOR_COSTS);
        String depositRequired = random.nextBoolean() ? "50000" : "0";
        String depositPaid = pick("0", "20000", depositRequired, depositRequired);
        ProjectStatus first = random.nextInt(7) == 0 ? ProjectStatus.PLANNED : ProjectStatus.IN_PROGRESS;
        ProjectSpec spec = aProject().startingOn(FIRST_DAY.minusDays(random.nextInt(21)).toString())
                .withStatus(first).withPayDay(payDay, laborDueDay).withLaborCost(laborCost, laborDueDay)
                .withDeposit(depositRequired, depositPaid);
        // Mostly known before the first punch; sometimes only days after it.
        LocalDate known = random.nextInt(5) == 0 ? FIRST_DAY.plusDays(3 + random.nextInt(10))
                : FIRST_DAY.minusDays(random.nextInt(11));
        events.add(spec.at(at(known, LocalTime.of(9, 0))));

        TreeSet<LocalDate> changes = new TreeSet<>();
        int count = 1 + random.nextInt(4);
        while (changes.size() < count) {
            changes.add(randomDay(known.plusDays(1), LAST_DAY.minusDays(21)));
        }
        if (first == ProjectStatus.PLANNED) {
            // Work starts under PLANNED; the registry catches up within two weeks.
            changes.add(known.plusDays(1 + random.nextInt(14)));
        }
        for (LocalDate day : changes) {
            spec = changed(spec, first == ProjectStatus.PLANNED && day.equals(changes.first()));
            events.add(spec.at(randomTimeOn(day)));
        }
        if (random.nextInt(10) < 3) {
            LocalDate completed = randomDay(changes.last().plusDays(1), LAST_DAY);
            events.add(spec.withStatus(ProjectStatus.COMPLETED).at(randomTimeOn(completed)));
        }
    }

    private ProjectSpec changed(ProjectSpec spec, boolean starts) {
        if (starts) {
            return spec.withStatus(ProjectStatus.IN_PROGRESS);
        }
        return switch (random.nextInt(4)) {
            case 0 -> spec.withStatus(spec.status() == ProjectStatus.IN_PROGRESS ? ProjectStatus.SUSPENDED
                    : ProjectStatus.IN_PROGRESS);
            case 1 -> {
                int newPayDay = 5 + random.nextInt(11);
                yield spec.withPayDay(newPayDay, Math.min(spec.laborDueDay(), newPayDay));
            }
            case 2 -> spec.withDeposit(spec.depositRequired(), spec.depositRequired());
            default -> spec.withLaborCost(pick(LABOR_COSTS), spec.laborDueDay());
        };
    }

    // ---- workers -------------------------------------------------------------------------------

    private void workers() {
        int size = 5 + random.nextInt(11);
        for (int i = 1; i <= size; i++) {
            String workerId = String.format("W%02d", i);
            WageType type = random.nextInt(100) < 65 ? WageType.DAILY : WageType.MONTHLY;
            BigDecimal rate = type == WageType.DAILY ? Events.money(String.valueOf(180 + 10 * random.nextInt(25)))
                    : Events.money(pick(MONTHLY_RATES));
            String card = random.nextInt(10) == 0 ? null : String.format("6222020000000000%03d", i);
            int fate = random.nextInt(100);
            Instant registered = null;
            if (fate < 60) {
                registered = at(FIRST_DAY.minusDays(1 + random.nextInt(15)), LocalTime.of(9, 0));
            } else if (fate < 85) {
                registered = randomTimeOn(randomDay(FIRST_DAY, LAST_DAY.minusDays(10)));
            }
            if (registered != null) {
                events.add(worker(workerId, type, rate, card, registered));
                if (random.nextInt(10) < 3) {
                    // A new card, or a new rate.
                    LocalDate later = randomDay(Calendar.day(registered).plusDays(1), LAST_DAY);
                    boolean newCard = random.nextBoolean();
                    events.add(worker(workerId, type, newCard ? rate : rate.add(Events.money("20")),
                            newCard ? String.format("6222021111111111%03d", i) : card, randomTimeOn(later)));
                }
            }
            LocalDate from = random.nextInt(10) < 7 ? FIRST_DAY : randomDay(FIRST_DAY, FIRST_DAY.plusDays(40));
            LocalDate to = random.nextInt(10) < 8 ? LAST_DAY : randomDay(from.plusDays(14), LAST_DAY);
            crews.put(workerId, new Crew(workerId, type, rate, card, from, to, 0.7 + 0.25 * random.nextDouble()));
        }
    }

    // ---- the site ------------------------------------------------------------------------------

    private void site() {
        Set<LocalDate> silent = new HashSet<>();
        int spells = random.nextInt(3);
        for (int s = 0; s < spells; s++) {
            LocalDate start = randomDay(FIRST_DAY.plusDays(10), LAST_DAY.minusDays(8));
            int length = 3 + random.nextInt(5);
            for (int d = 0; d < length; d++) {
                silent.add(start.plusDays(d));
            }
        }
        Set<LocalDate> dropDays = new HashSet<>();
        int drops = 1 + random.nextInt(3);
        while (dropDays.size() < drops) {
            dropDays.add(randomDay(FIRST_DAY.plusDays(7), LAST_DAY));
        }
        Set<LocalDate> crewDays = unregisteredCrew();
        List<String> crewIds = crews.keySet().stream().filter(id -> id.startsWith("U")).toList();
        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            if (silent.contains(day) || day.getDayOfWeek() == DayOfWeek.SUNDAY && random.nextInt(5) != 0) {
                continue;
            }
            double share = dropDays.contains(day) ? 0.2 : 1.0;
            for (Crew crew : crews.values()) {
                boolean working = crew.workerId().startsWith("U") ? crewDays.contains(day)
                        : !day.isBefore(crew.from()) && !day.isAfter(crew.to())
                                && random.nextDouble() < crew.presence() * share;
                if (working) {
                    punches(crew.workerId(), day);
                }
            }
        }
        if (!crewIds.isEmpty() && random.nextBoolean()) {
            // The crew registers after all: before the cutoff of its first day, or after it.
            LocalDate first = crewDays.stream().min(Comparator.naturalOrder()).orElseThrow();
            Instant registered = at(first.plusDays(random.nextBoolean() ? 1 : 4), LocalTime.of(10, 0));
            crewIds.forEach(id -> events.add(worker(id, WageType.DAILY, Events.money("300"), null, registered)));
        }
    }

    /** Half the seeds have a crew of 3 to 6 workers, never registered, on 1 to 3 days. */
    private Set<LocalDate> unregisteredCrew() {
        Set<LocalDate> crewDays = new HashSet<>();
        if (random.nextBoolean()) {
            return crewDays;
        }
        int size = 3 + random.nextInt(4);
        for (int i = 1; i <= size; i++) {
            String workerId = String.format("U%02d", i);
            crews.put(workerId, new Crew(workerId, WageType.DAILY, Events.money("300"), null, FIRST_DAY, LAST_DAY, 1));
        }
        int count = 1 + random.nextInt(3);
        while (crewDays.size() < count) {
            crewDays.add(randomDay(FIRST_DAY.plusDays(3), LAST_DAY.minusDays(3)));
        }
        return crewDays;
    }

    /** An IN punch, mostly an OUT, now and then a second IN or a repeated eventId. */
    private void punches(String workerId, LocalDate day) {
        String eventId = "E" + (++ids);
        Instant in = at(day, GATE_IN);
        add(punch(eventId, workerId, Direction.IN, in));
        days.computeIfAbsent(YearMonth.from(day), m -> new TreeMap<>()).merge(workerId, 1, Integer::sum);
        int repeat = random.nextInt(100);
        if (repeat < 2) {
            add(punch(eventId, workerId, Direction.IN, in));
        } else if (repeat < 4) {
            add(punch(eventId, workerId, Direction.IN, in.plus(Duration.ofMinutes(30))));
        } else if (repeat < 5) {
            // The same eventId a day apart: the earlier stays, so a late delivery moves the punch.
            add(punch(eventId, workerId, Direction.IN, in.plus(Duration.ofDays(random.nextBoolean() ? 1 : -1))));
        }
        if (random.nextInt(100) < 85) {
            add(punch("E" + (++ids), workerId, Direction.OUT, at(day, GATE_OUT)));
        }
        if (random.nextInt(100) < 5) {
            add(punch("E" + (++ids), workerId, Direction.IN, at(day, LocalTime.of(13, 0))));
        }
    }

    // ---- money ---------------------------------------------------------------------------------

    /** Each worker's wages for each month, in one of several fates; some WAGE_PAYOUT txns along. */
    private void payments(List<AccountTxn> txns) {
        for (YearMonth month : WORK_MONTHS) {
            Instant due = Calendar.deadline(month, payDay);
            LocalDate payFrom = month.plusMonths(1).atDay(1);
            LocalDate payTo = Calendar.day(due).minusDays(1);
            for (Map.Entry<String, Integer> worked : days.getOrDefault(month, Map.of()).entrySet()) {
                Crew crew = crews.get(worked.getKey());
                if (crew.workerId().startsWith("U") && random.nextInt(100) >= 15) {
                    continue;
                }
                BigDecimal expected = expected(crew, worked.getValue());
                Instant onTime = randomTime(randomDay(payFrom, payTo), 10, 15);
                wages(crew, month, expected, onTime, due, txns);
            }
        }
        if (random.nextInt(10) < 4) {
            // Paid for a month without attendance: before the site opened, or a month not worked.
            for (int n = 1 + random.nextInt(2); n > 0; n--) {
                Crew crew = pick(List.copyOf(crews.values()));
                YearMonth month = random.nextBoolean() ? YearMonth.of(2026, 7) : pick(WORK_MONTHS);
                LocalDate paidFrom = month.plusMonths(1).atDay(1);
                LocalDate from = paidFrom.isBefore(FIRST_DAY) ? FIRST_DAY : paidFrom;
                pay(crew, month, Events.money(String.valueOf(500 + random.nextInt(3000))),
                        randomTime(randomDay(from, from.plusDays(20)), 10, 15), PaymentStatus.SUCCESS, crew.card(),
                        txns);
            }
        }
    }

    private void wages(Crew crew, YearMonth month, BigDecimal expected, Instant onTime, Instant due,
            List<AccountTxn> txns) {
        int fate = random.nextInt(100);
        if (fate < 40) {
            if (random.nextInt(5) == 0) {
                BigDecimal half = expected.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
                pay(crew, month, half, onTime, PaymentStatus.SUCCESS, crew.card(), txns);
                pay(crew, month, expected.subtract(half), onTime.plus(Duration.ofDays(1)), PaymentStatus.SUCCESS,
                        crew.card(), txns);
            } else {
                pay(crew, month, expected, onTime, PaymentStatus.SUCCESS, crew.card(), txns);
            }
        } else if (fate < 50) {
            pay(crew, month, expected, due.plus(Duration.ofDays(1 + random.nextInt(25))).plus(Duration.ofHours(10)),
                    PaymentStatus.SUCCESS, crew.card(), txns);
        } else if (fate < 62) {
            return;
        } else if (fate < 72) {
            BigDecimal share = BigDecimal.valueOf(30 + random.nextInt(46)).movePointLeft(2);
            pay(crew, month, expected.multiply(share).setScale(2, RoundingMode.HALF_UP), onTime,
                    PaymentStatus.SUCCESS, crew.card(), txns);
        } else if (fate < 85) {
            // Returned days later, or failed at once; half the time paid again later.
            String paymentId = pay(crew, month, expected, onTime, PaymentStatus.SUCCESS, crew.card(), txns);
            Instant failedAt = fate < 80 ? onTime.plus(Duration.ofDays(2 + random.nextInt(9))) : onTime;
            add(payment(paymentId, crew.workerId(), month, expected, failedAt,
                    fate < 80 ? PaymentStatus.RETURNED : PaymentStatus.FAILED, crew.card()));
            if (random.nextBoolean()) {
                pay(crew, month, expected, failedAt.plus(Duration.ofDays(1 + random.nextInt(15))),
                        PaymentStatus.SUCCESS, crew.card(), txns);
            }
        } else if (fate < 92) {
            pay(crew, month, expected, onTime, PaymentStatus.SUCCESS, Events.OTHER_CARD, txns);
        } else {
            pay(crew, month, expected, onTime, PaymentStatus.SUCCESS, null, txns);
        }
    }

    /** A payment (if before the end) with, half the time, its WAGE_PAYOUT; returns its paymentId. */
    private String pay(Crew crew, YearMonth month, BigDecimal amount, Instant paidAt, PaymentStatus status,
            String card, List<AccountTxn> txns) {
        String paymentId = "PAY" + (++ids);
        if (amount.signum() <= 0 || !paidAt.isBefore(END)) {
            return paymentId;
        }
        add(payment(paymentId, crew.workerId(), month, amount, paidAt, status, card));
        if (random.nextBoolean()) {
            txns.add(txn("T" + (++ids), TxnType.WAGE_PAYOUT, amount, paidAt, null, null));
        }
        return paymentId;
    }

    private static BigDecimal expected(Crew crew, int workedDays) {
        BigDecimal days = BigDecimal.valueOf(workedDays);
        if (crew.type() == WageType.DAILY) {
            return crew.rate().multiply(days).setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal monthDays = new BigDecimal("21.75");
        return days.compareTo(monthDays) >= 0 ? crew.rate()
                : crew.rate().multiply(days).divide(monthDays, 2, RoundingMode.HALF_UP);
    }

    /**
     * Labor cost deposits (on time, late, short or missing), other debits and refunds, then the
     * balance after each in time order, most of them carrying it.
     */
    private void account(List<AccountTxn> txns) {
        for (YearMonth month : WORK_MONTHS) {
            Instant laborDue = Calendar.deadline(month, laborDueDay);
            int fate = random.nextInt(100);
            BigDecimal cost = Events.money(laborCost.equals("0") ? "40000" : laborCost);
            if (laborCost.equals("0") && random.nextBoolean()) {
                continue;
            }
            Instant time = laborDue.minus(Duration.ofDays(1 + random.nextInt(10))).plus(Duration.ofHours(11));
            if (fate < 15) {
                time = laborDue.plus(Duration.ofDays(random.nextInt(15))).plus(Duration.ofHours(11));
            } else if (fate < 25) {
                cost = cost.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
            } else if (fate < 35) {
                continue;
            }
            txns.add(txn("T" + (++ids), TxnType.LABOR_COST_DEPOSIT, cost, time, null, month));
        }
        if (random.nextInt(10) < 4) {
            for (int n = 1 + random.nextInt(2); n > 0; n--) {
                BigDecimal amount = Events.money(String.valueOf(1000 + random.nextInt(19000)));
                txns.add(txn("T" + (++ids), TxnType.OTHER_DEBIT, amount,
                        randomTime(randomDay(FIRST_DAY, LAST_DAY), 11, 16), null, null));
            }
        }
        if (random.nextInt(10) < 2) {
            txns.add(txn("T" + (++ids), TxnType.REFUND, Events.money("5000"),
                    randomTime(randomDay(FIRST_DAY, LAST_DAY), 11, 16), null, null));
        }
        txns.sort(Comparator.comparing(AccountTxn::time).thenComparing(AccountTxn::txnId));
        BigDecimal balance = Events.money("0");
        for (AccountTxn t : txns) {
            balance = t.type() == TxnType.LABOR_COST_DEPOSIT ? balance.add(t.amount())
                    : balance.subtract(t.amount()).max(Events.money("0"));
            if (!t.time().isBefore(END)) {
                continue;
            }
            AccountTxn kept = random.nextInt(100) < 85
                    ? txn(t.txnId(), t.type(), t.amount(), t.time(), balance, t.forPeriod()) : t;
            add(kept);
            if (random.nextInt(100) < 5) {
                // A repeated txnId: the earliest stays.
                add(txn(t.txnId(), t.type(), t.amount(), t.time().plus(Duration.ofDays(1)), null, t.forPeriod()));
            }
        }
    }

    // ---- complaints ----------------------------------------------------------------------------

    private void complaints() {
        List<Instant> received = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            received.add(randomTime(randomDay(FIRST_DAY, LAST_DAY), 9, 17));
        }
        if (random.nextInt(10) < 3) {
            LocalDate start = randomDay(FIRST_DAY, LAST_DAY.minusDays(20));
            for (int n = 0; n < 3; n++) {
                received.add(randomTime(randomDay(start, start.plusDays(20)), 9, 17));
            }
        }
        for (Instant at : received) {
            String complaintId = "C" + (++ids);
            BigDecimal claimed = Events.money(String.valueOf(random.nextInt(50) * 1000));
            add(complaint(complaintId, at, 1 + random.nextInt(4), claimed));
            if (random.nextInt(10) == 0) {
                add(complaint(complaintId, at.plus(Duration.ofHours(3)), 1, claimed));
            }
        }
        if (random.nextInt(100) < 15) {
            add(complaint("C" + (++ids), randomTime(randomDay(FIRST_DAY, LAST_DAY), 9, 17), 12,
                    Events.money("80000")));
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** Adds an event stamped before the end of the last day. */
    private void add(FeedEvent event) {
        if (event.eventTime().isBefore(END)) {
            events.add(event);
        }
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(FeedTime.ZONE).toInstant();
    }

    private LocalDate randomDay(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(random.nextInt((int) span + 1));
    }

    /** On the hour or half past, between 09:00 and 20:30. */
    private Instant randomTimeOn(LocalDate day) {
        return at(day, LocalTime.of(9 + random.nextInt(12), 30 * random.nextInt(2)));
    }

    /** On the hour, one of two hours: few distinct instants keep the run short. */
    private Instant randomTime(LocalDate day, int oneHour, int otherHour) {
        return at(day, LocalTime.of(random.nextBoolean() ? oneHour : otherHour, 0));
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
