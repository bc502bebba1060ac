package org.wagewatch.jobs.replay;

import java.io.IOException;
import java.io.InputStream;
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
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                        long next = position + i + 1;
                        if (next - sliceStart >= sliceBytes) {
                            slices.add(new FileSlice(feed, name, sliceStart, next, sliceFirstLine));
                            sliceStart = next;
                            sliceFirstLine = lines + 1;
                        }
                    }
                }
                position += read;
            }
        }
        if (position > sliceStart) {
            slices.add(new FileSlice(feed, name, sliceStart, position, sliceFirstLine));
        }
    }
}
