package org.wagewatch.rules.facts;

/** Marker of the fact types the DRL rules match on; built from a project's state at one instant. */
public sealed interface Facts
        permits ProjectFacts, PayMonth, WorkerMonth, LaborMonth, AccountBalance, DebitMonth, AttendanceDay,
                SilentSpell, ComplaintWindow, PaymentFact, UnregisteredDay, ProjectAge, UnpaidMonth {}
