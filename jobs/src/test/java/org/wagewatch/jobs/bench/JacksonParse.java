package org.wagewatch.jobs.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.wagewatch.connectors.feed.Feed;

/** The baseline of the replay benchmark: a bare single-threaded Jackson readTree of every feed line. */
public final class JacksonParse {

    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        long lines = 0;
        long fields = 0;
        for (Feed feed : Feed.values()) {
            Path file = Path.of(args[0], feed.fileName());
            if (!Files.exists(file)) {
                continue;
            }
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    fields += mapper.readTree(line).size();
                    lines++;
                }
            }
        }
        System.out.printf("parsed %d lines, %d fields%n", lines, fields);
    }
}
