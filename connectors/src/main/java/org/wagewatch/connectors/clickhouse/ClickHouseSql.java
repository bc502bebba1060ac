package org.wagewatch.connectors.clickhouse;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.query.QueryResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs statements and JSONEachRow queries through client-v2, the way that works against ClickHouse
 * 18.16 and current servers alike, and reports failures in words ({@link ClickHouseErrors}).
 */
public final class ClickHouseSql implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 120;

    private final ClickHouseEndpoint endpoint;
    private final Client client;

    public ClickHouseSql(ClickHouseEndpoint endpoint) {
        this.endpoint = endpoint;
        this.client = endpoint.openClient();
    }

    public ClickHouseEndpoint endpoint() {
        return endpoint;
    }

    /** Runs a statement (DDL, INSERT ... VALUES) in the endpoint's database. */
    public void execute(String sql) {
        try (QueryResponse response = client.query(sql).get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            response.getInputStream().readAllBytes();
        } catch (Exception e) {
            throw failure(e, sql);
        }
    }

    /** Runs a SELECT and returns its rows; {@code FORMAT JSONEachRow} is appended. UInt64 comes back quoted. */
    public List<JsonNode> query(String select) {
        String sql = select + " FORMAT JSONEachRow";
        try (QueryResponse response = client.query(sql).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                InputStream in = response.getInputStream();
                MappingIterator<JsonNode> rows = JSON.readerFor(JsonNode.class).readValues(in)) {
            List<JsonNode> result = new ArrayList<>();
            while (rows.hasNext()) {
                result.add(rows.next());
            }
            return result;
        } catch (Exception e) {
            throw failure(e, sql);
        }
    }

    /** The single number a query such as {@code SELECT count() FROM t} returns. */
    public long queryLong(String select) {
        List<JsonNode> rows = query(select);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new ClickHouseException("expected one value from: " + select + ", got " + rows);
        }
        return rows.get(0).elements().next().asLong();
    }

    private RuntimeException failure(Exception e, String sql) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof TimeoutException) {
            return new ClickHouseException("ClickHouse at " + endpoint.address() + " did not finish within "
                    + TIMEOUT_SECONDS + " s: " + abbreviate(sql), cause);
        }
        return new ClickHouseException(ClickHouseErrors.describe(cause, endpoint) + " [" + abbreviate(sql) + "]", cause);
    }

    private static String abbreviate(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }

    @Override
    public void close() {
        client.close();
    }

    /** A ClickHouse failure whose message names the cause. */
    public static final class ClickHouseException extends RuntimeException {
        public ClickHouseException(String message) {
            super(message);
        }

        public ClickHouseException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
