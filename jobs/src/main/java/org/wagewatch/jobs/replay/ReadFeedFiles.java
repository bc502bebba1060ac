package org.wagewatch.jobs.replay;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;
import org.wagewatch.connectors.feed.DecodedRecord;
import org.wagewatch.connectors.feed.Feed;
import org.wagewatch.connectors.feed.FeedDecoder;

/**
 * Reads a slice of a replay file and decodes each line, keeping its file and line number. Lines
 * that are empty or only whitespace are skipped.
 */
final class ReadFeedFiles implements FlatMapFunction<FileSlice, DecodedRecord> {

    private static final long serialVersionUID = 1L;

    private final Instant receivedAt;
    private final FeedDecoder decoder = new FeedDecoder();

    ReadFeedFiles(Instant receivedAt) {
        this.receivedAt = receivedAt;
    }

    @Override
    public void flatMap(FileSlice slice, Collector<DecodedRecord> out) throws IOException {
        if (slice.end() == slice.start()) {
            return;
        }
        Feed feed = slice.feed();
        String fileName = slice.file();
        try (FileChannel channel = FileChannel.open(Path.of(fileName))) {
            InputStream in = Channels.newInputStream(channel.position(slice.start()));
            long remaining = slice.end() - slice.start();
            byte[] buffer = new byte[1 << 16];
            int filled = 0;
            long lineNumber = slice.firstLine() - 1;
            int read;
            while (remaining > 0
                    && (read = in.read(buffer, filled, (int) Math.min(buffer.length - filled, remaining))) != -1) {
                remaining -= read;
                filled += read;
                int lineStart = 0;
                for (int i = 0; i < filled; i++) {
                    if (buffer[i] == '\n') {
                        lineNumber++;
                        emit(feed, buffer, lineStart, i, fileName, lineNumber, out);
                        lineStart = i + 1;
                    }
                }
                // Keep the unfinished line at the front, growing the buffer for a line longer than it.
                System.arraycopy(buffer, lineStart, buffer, 0, filled - lineStart);
                filled -= lineStart;
                if (filled == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
            }
            if (filled > 0) {
                emit(feed, buffer, 0, filled, fileName, lineNumber + 1, out);
            }
        }
    }

    /** Decodes the line in {@code buffer[start, end)}, without a final carriage return, unless blank. */
    private void emit(Feed feed, byte[] buffer, int start, int end, String fileName, long lineNumber,
            Collector<DecodedRecord> out) {
        if (end > start && buffer[end - 1] == '\r') {
            end--;
        }
        if (!isBlank(buffer, start, end)) {
            out.collect(decoder.decodeLine(feed, Arrays.copyOfRange(buffer, start, end), fileName, lineNumber,
                    receivedAt));
        }
    }

    private static boolean isBlank(byte[] buffer, int start, int end) {
        for (int i = start; i < end; i++) {
            byte b = buffer[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
