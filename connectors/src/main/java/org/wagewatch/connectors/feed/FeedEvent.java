package org.wagewatch.connectors.feed;

import java.time.Instant;

/** A valid record of one of the six feeds. */
public sealed interface FeedEvent
        permits Project, Worker, Attendance, Payment, AccountTxn, Complaint {

    Feed feed();

    /** The project the event belongs to; {@code null} only for a complaint that names none. */
    String projectId();

    /** The instant the event counts at (DOMAIN.md §4). */
    Instant eventTime();
}
