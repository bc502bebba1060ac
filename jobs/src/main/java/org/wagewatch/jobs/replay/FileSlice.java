package org.wagewatch.jobs.replay;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wagewatch.connectors.feed.Feed;

/**
 * Bytes {@code [start, end)} of a feed file, whole lines only, the first being line {@code
 * firstLine}: replay files are read and decoded slice by slice, in parallel.
 */
record FileSlice(Feed feed, String file, long start, long end, long firstLine) {

    /** Eight bytes of a byte array as one long; cheaper than a ByteBuffer's, even before the JIT. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;

    /**
     * Cuts every feed file of the directory into slices of about {@code sliceBytes}, each ending
     * after a line feed (or at the end of the file), and numbers their first lines. A missing or empty
     * file is one empty slice: an empty feed.
     */
    static List<FileSlice> plan(Path directory, long sliceBytes) throws IOException {
        List<FileSlice> slices = new ArrayList<>();
        for (Feed feed : Feed.values()) {
            Path file = directory.resolve(feed.fileName());
            if (Files.isRegularFile(file) && Files.size(file) > 0) {
                cut(feed, file, sliceBytes, slices);
            } else {
                slices.add(new FileSlice(feed, file.toString(), 0, 0, 1));
            }
        }
        return slices;
    }

    private static void cut(Feed feed, Path file, long sliceBytes, List<FileSlice> slices) throws IOException {
        String name = file.toString();
        long sliceStart = 0;
        long sliceFirstLine = 1;
        long lines = 0;
        long position = 0;
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        try (FileChannel channel = FileChannel.open(file)) {
            while (channel.read(buffer.clear()) != -1) {
                int read = buffer.position();
                int i = 0;
                while (i < read) {
                    // The slice ends after the first line feed from here on; before it only count them.
                    long cutFrom = sliceStart + sliceBytes - 1 - position;
                    if (cutFrom > i) {
                        int to = (int) Math.min(cutFrom, read);
                        lines += countLineFeeds(buffer.array(), i, to);
                        i = to;
                        continue;
                    }
                    while (i < read && buffer.get(i) != '\n') {
                        i++;
                    }
                    if (i < read) {
                        lines++;
                        long next = position + i + 1;
                        slices.add(new FileSlice(feed, name, sliceStart, next, sliceFirstLine));
                        sliceStart = next;
                        sliceFirstLine = lines + 1;
                        i++;
                    }
                }
                position += read;
            }
        }
        if (position > sliceStart) {
            slices.add(new FileSlice(feed, name, sliceStart, position, sliceFirstLine));
        }
    }

    /**
     * The line feeds in {@code bytes[from, to)}, eight bytes at a time: a byte of {@code x} is zero
     * where the text has a line feed, and only a zero byte keeps its high bit clear through the sum.
     */
    static int countLineFeeds(byte[] bytes, int from, int to) {
        int count = 0;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long x = (long) LONGS.get(bytes, i) ^ LINE_FEEDS;
            count += Long.bitCount(~(((x & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | x | LOW_SEVEN_BITS));
        }
        for (; i < to; i++) {
            if (bytes[i] == '\n') {
                count++;
            }
        }
        return count;
    }
}
