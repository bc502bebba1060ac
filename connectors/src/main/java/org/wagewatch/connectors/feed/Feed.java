package org.wagewatch.connectors.feed;

/** The six input feeds of DOMAIN.md §3, with their Kafka topic and replay file name. */
public enum Feed {
    PROJECTS("projects", "ww.projects", "projects.jsonl", Project.class),
    WORKERS("workers", "ww.workers", "workers.jsonl", Worker.class),
    ATTENDANCE("attendance", "ww.attendance", "attendance.jsonl", Attendance.class),
    PAYROLL("payroll", "ww.payroll", "payroll.jsonl", Payment.class),
    ACCOUNT_TXNS("account-txns", "ww.account-txns", "account-txns.jsonl", AccountTxn.class),
    COMPLAINTS("complaints", "ww.complaints", "complaints.jsonl", Complaint.class);

    private final String feedName;
    private final String defaultTopic;
    private final String fileName;
    private final Class<? extends FeedEvent> eventType;

    Feed(String feedName, String defaultTopic, String fileName, Class<? extends FeedEvent> eventType) {
        this.feedName = feedName;
        this.defaultTopic = defaultTopic;
        this.fileName = fileName;
        this.eventType = eventType;
    }

    /** The name used in rejected records and metrics, e.g. {@code account-txns}. */
    public String feedName() {
        return feedName;
    }

    public String defaultTopic() {
        return defaultTopic;
    }

    public String fileName() {
        return fileName;
    }

    /** The record type a valid record of this feed decodes to. */
    public Class<? extends FeedEvent> eventType() {
        return eventType;
    }

    public static Feed fromFeedName(String name) {
        for (Feed feed : values()) {
            if (feed.feedName.equals(name)) {
                return feed;
            }
        }
        throw new IllegalArgumentException("unknown feed '" + name + "'");
    }
}
