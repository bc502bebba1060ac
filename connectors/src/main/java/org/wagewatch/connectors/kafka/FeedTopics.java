package org.wagewatch.connectors.kafka;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wagewatch.connectors.feed.Feed;

/** Which Kafka topic carries which feed. Topics must be distinct. */
public final class FeedTopics implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EnumMap<Feed, String> topicByFeed;
    private final HashMap<String, Feed> feedByTopic = new HashMap<>();

    public FeedTopics(Map<Feed, String> topicByFeed) {
        this.topicByFeed = new EnumMap<>(topicByFeed);
        for (Feed feed : Feed.values()) {
            String topic = this.topicByFeed.get(feed);
            if (topic == null || topic.isBlank()) {
                throw new IllegalArgumentException("no topic configured for feed " + feed.feedName());
            }
            Feed previous = feedByTopic.put(topic, feed);
            if (previous != null) {
                throw new IllegalArgumentException("topic '" + topic + "' is configured for both feed "
                        + previous.feedName() + " and feed " + feed.feedName());
            }
        }
    }

    /** The topics of DOMAIN.md §3: {@code ww.projects}, {@code ww.workers}, ... */
    public static FeedTopics defaults() {
        Map<Feed, String> topics = new EnumMap<>(Feed.class);
        for (Feed feed : Feed.values()) {
            topics.put(feed, feed.defaultTopic());
        }
        return new FeedTopics(topics);
    }

    public String topic(Feed feed) {
        return topicByFeed.get(feed);
    }

    /** The feed a topic carries; fails for a topic that carries none. */
    public Feed feed(String topic) {
        Feed feed = feedByTopic.get(topic);
        if (feed == null) {
            throw new IllegalArgumentException("topic '" + topic + "' carries no feed");
        }
        return feed;
    }

    public List<String> all() {
        return Collections.unmodifiableList(new ArrayList<>(topicByFeed.values()));
    }
}
