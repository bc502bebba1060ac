package org.wagewatch.connectors.feed;

/** The six input feeds of DOMAIN.md §3, with their Kafka topic and replay file name. */
public enum Feed {
    PROJECTS("projects", "ww.projects", "projects.jsonl"),
    WORKERS("workers", "ww.workers", "workers.jsonl"),
    ATTENDANCE("attendance", "ww.attendance", "attendance.jsonl"),
    PAYROLL("payroll", "ww.payroll", "payroll.jsonl"),
    ACCOUNT_TXNS("account-txns", "ww.account-txns", "account-txns.jsonl"),
    COMPLAINTS("complaints", "ww.complaints", "complaints.jsonl");

    private final String feedName;
    private final String defaultTopic;
    private final String fileName;

    Feed(String feedName, String defaultTopic, String fileName) {
        this.feedName = feedName;
        this.defaultTopic = defaultTopic;
        this.fileName = fileName;
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

    public static Feed fromFeedName(String name) {
        for (Feed feed : values()) {
            if (feed.feedName.equals(name)) {
                return feed;
            }
        }
        throw new IllegalArgumentException("unknown feed '" + name + "'");
    }
}
