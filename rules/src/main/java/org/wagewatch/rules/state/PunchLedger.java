package org.wagewatch.rules.state;

import java.time.YearMonth;

/**
 * Every punch kept, by eventId, as raw text, for duplicates (DOMAIN.md §3). A project's state keeps
 * its own unless the operator gives it one in its own state: punches are most of a project's state,
 * and there a lookup reads one punch instead of the whole project.
 */
public interface PunchLedger {

    /** The raw text of the punch kept with this eventId, or null. */
    byte[] find(String eventId);

    /** Keeps a punch of {@code month}, in place of any other with its eventId. */
    void keep(String eventId, YearMonth month, byte[] raw);

    /** Drops the punches of every month before {@code month}. */
    void forgetBefore(YearMonth month);
}
