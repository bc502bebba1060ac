package org.wagewatch.connectors.feed;

/** What decoding one message yields: a valid feed event or a rejected record. */
public sealed interface DecodedRecord permits FeedRecord, RejectedRecord {}
