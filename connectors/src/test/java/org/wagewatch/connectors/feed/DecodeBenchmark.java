package org.wagewatch.connectors.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Decode + validate throughput of the six feeds against a bare Jackson {@code readTree} of the same
 * lines in the same JVM. Not a test: run {@code bench/decode.sh}. Prints the ratio tree-time /
 * decode-time (goal ≥ 1.0: decoding into records is no slower than building a tree).
 */
public final class DecodeBenchmark {

    private static final int ROUNDS = 10;
    /** Rounds left out of the figure while the JIT settles. */
    private static final int WARMUP_ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 600_000;
        List<Feed> feeds = new ArrayList<>();
        List<byte[]> messages = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            Feed feed = mix(i);
            feeds.add(feed);
            messages.add(vary(feed, i).getBytes(StandardCharsets.UTF_8));
        }
        ObjectMapper mapper = new ObjectMapper();
        FeedDecoder decoder = new FeedDecoder();
        Instant received = Instant.now();
        long checksum = 0;
        System.out.printf("%d lines (attendance-heavy mix of the six feeds)%n", lines);
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            long t0 = System.nanoTime();
            for (byte[] message : messages) {
                JsonNode node = mapper.readTree(message);
                checksum += node.size();
            }
            long tree = System.nanoTime() - t0;
            long t1 = System.nanoTime();
            int rejected = 0;
            for (int i = 0; i < messages.size(); i++) {
                if (decoder.decodeKafka(feeds.get(i), messages.get(i), "t", 0, i, received) instanceof RejectedRecord) {
                    rejected++;
                }
            }
            long decode = System.nanoTime() - t1;
            double ratio = (double) tree / decode;
            if (round > WARMUP_ROUNDS) {
                ratios.add(ratio);
            }
            System.out.printf("round %d: readTree %.0f lines/s, decode+validate %.0f lines/s, ratio %.2f (rejected %d)%n",
                    round, lines * 1e9 / tree, lines * 1e9 / decode, ratio, rejected);
        }
        ratios.sort(null);
        System.out.printf("ratio readTree-time / decode-time, median of rounds %d-%d: %.2f (checksum %d)%n",
                WARMUP_ROUNDS + 1, ROUNDS, ratios.get(ratios.size() / 2), checksum);
    }

    /** Mostly punches, as on a real day. */
    private static Feed mix(int i) {
        int bucket = i % 100;
        if (bucket < 80) {
            return Feed.ATTENDANCE;
        } else if (bucket < 90) {
            return Feed.PAYROLL;
        } else if (bucket < 95) {
            return Feed.WORKERS;
        } else if (bucket < 98) {
            return Feed.ACCOUNT_TXNS;
        } else if (bucket < 99) {
            return Feed.PROJECTS;
        }
        return Feed.COMPLAINTS;
    }

    private static String vary(Feed feed, int i) {
        String sample = FeedSamples.compact(FeedSamples.sample(feed));
        return sample.replace("\"P001\"", "\"P" + (i % 2000) + "\"").replace("\"W001\"", "\"W" + i + "\"")
                .replace("\"E001\"", "\"E" + i + "\"");
    }
}
