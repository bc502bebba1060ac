package org.wagewatch.jobs.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.flink.api.common.functions.util.ListCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wagewatch.connectors.feed.DecodedRecord;
import org.wagewatch.connectors.feed.Feed;
import org.wagewatch.connectors.feed.FeedRecord;
import org.wagewatch.connectors.feed.FeedSamples;
import org.wagewatch.connectors.feed.RejectedRecord;

class ReadFeedFilesTest {

    @TempDir
    Path feeds;

    @Test
    void shouldNumberEveryLineAndSkipBlankOnesWhateverTheirLengthAndLineEnds() throws Exception {
        String valid = FeedSamples.compact(FeedSamples.sample(Feed.COMPLAINTS));
        String longLine = "x".repeat(200_000);
        Files.writeString(feeds.resolve(Feed.COMPLAINTS.fileName()),
                "bad1\n\n  \t\n" + valid + "\r\n" + longLine + "\n" + "bad2", StandardCharsets.UTF_8);

        List<DecodedRecord> records = read(Feed.COMPLAINTS);

        assertThat(records).hasSize(4);
        assertThat(rejected(records.get(0))).isEqualTo("1:bad1");
        assertThat(new String(((FeedRecord) records.get(1)).raw(), StandardCharsets.UTF_8)).isEqualTo(valid);
        assertThat(rejected(records.get(2))).isEqualTo("5:" + "x".repeat(4096));
        assertThat(rejected(records.get(3))).isEqualTo("6:bad2");
    }

    @Test
    void shouldPlanAnEmptySliceForAMissingFile() throws Exception {
        List<FileSlice> slices = FileSlice.plan(feeds, 1 << 20);

        assertThat(slices).hasSize(Feed.values().length).allMatch(slice -> slice.start() == slice.end());
        List<DecodedRecord> records = new ArrayList<>();
        new ReadFeedFiles(Instant.EPOCH).flatMap(slices.get(0), new ListCollector<>(records));
        assertThat(records).isEmpty();
    }

    @Test
    void shouldCountLineFeedsEightBytesAtATimeAsOneByOne() {
        Random random = new Random(42);
        byte[] values = {'\n', 0, (byte) 0x8A, (byte) 0xFF, 0x0B, 0x09, 0x7F, (byte) 0x80};
        for (int round = 0; round < 200; round++) {
            byte[] bytes = new byte[random.nextInt(100)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextBoolean() ? values[random.nextInt(values.length)] : (byte) random.nextInt(256);
            }
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            int expected = 0;
            for (int i = from; i < bytes.length; i++) {
                expected += bytes[i] == '\n' ? 1 : 0;
            }
            assertThat(FileSlice.countLineFeeds(bytes, from, bytes.length))
                    .as("line feeds in %s from %d", Arrays.toString(bytes), from).isEqualTo(expected);
        }
    }

    /** Read in slices of a few bytes, so that lines meet slice ends in every way. */
    private List<DecodedRecord> read(Feed feed) throws Exception {
        List<FileSlice> slices = FileSlice.plan(feeds, 3);
        slices.removeIf(slice -> slice.start() == slice.end());
        assertThat(slices).hasSizeGreaterThan(3).allMatch(slice -> slice.feed() == feed);
        List<DecodedRecord> records = new ArrayList<>();
        for (FileSlice slice : slices) {
            new ReadFeedFiles(Instant.parse("2026-11-25T00:00:00Z")).flatMap(slice, new ListCollector<>(records));
        }
        return records;
    }

    private static String rejected(DecodedRecord record) {
        RejectedRecord rejected = (RejectedRecord) record;
        return rejected.line() + ":" + rejected.raw();
    }
}
