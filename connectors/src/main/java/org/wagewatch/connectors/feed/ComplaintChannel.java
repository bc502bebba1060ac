package org.wagewatch.connectors.feed;

/** Where a complaint or clue came in. */
public enum ComplaintChannel {
    HOTLINE_12333,
    ONLINE,
    WALK_IN,
    REFERRAL
}
