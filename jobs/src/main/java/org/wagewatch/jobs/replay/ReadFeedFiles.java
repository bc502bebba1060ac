package org.wagewatch.jobs.replay;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;
import org.wagewatch.connectors.feed.DecodedRecord;
import org.wagewatch.connectors.feed.Feed;
import org.wagewatch.connectors.feed.FeedDecoder;

/**
 * Reads the replay file of feed number N (in {@link Feed} order) from a feed directory and decodes
 * each line, keeping its file and line number. Lines that are empty or only whitespace are skipped;
 * a missing file is an empty feed.
 */
final class ReadFeedFiles implements FlatMapFunction<Long, DecodedRecord> {

    private static final long serialVersionUID = 1L;

    private final String directory;
    private final Instant receivedAt;
    private final FeedDecoder decoder = new FeedDecoder();

    ReadFeedFiles(Path directory, Instant receivedAt) {
        this.directory = directory.toString();
        this.receivedAt = receivedAt;
    }

    @Override
    public void flatMap(Long feedIndex, Collector<DecodedRecord> out) throws IOException {
        Feed feed = Feed.values()[feedIndex.intValue()];
        Path file = Path.of(directory, feed.fileName());
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(512);
            long lineNumber = 0;
            int b;
            do {
                b = in.read();
                if (b == '\n' || b == -1) {
                    lineNumber++;
                    byte[] bytes = withoutCarriageReturn(line.toByteArray());
                    line.reset();
                    if (!isBlank(bytes)) {
                        out.collect(decoder.decodeLine(feed, bytes, file.toString(), lineNumber, receivedAt));
                    }
                } else {
                    line.write(b);
                }
            } while (b != -1);
        }
    }

    private static byte[] withoutCarriageReturn(byte[] line) {
        return line.length > 0 && line[line.length - 1] == '\r' ? java.util.Arrays.copyOf(line, line.length - 1) : line;
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
