package org.wagewatch.connectors.clickhouse;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what client-v2 throws into a sentence naming the cause: its own messages from an old server
 * are often just "transport error: 500".
 */
public final class ClickHouseErrors {

    private static final Pattern SERVER_CODE = Pattern.compile("Code: (\\d+)");
    private static final Pattern HTTP_STATUS = Pattern.compile("transport error: (\\d{3})");

    private ClickHouseErrors() {}

    /** True when the server could not be reached at all, as opposed to refusing the request. */
    public static boolean isUnreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException
                    || t instanceof SocketTimeoutException
                    || t instanceof com.clickhouse.client.api.ConnectionInitiationException
                    || t.getClass().getSimpleName().equals("NoHttpResponseException")) {
                return true;
            }
        }
        return false;
    }

    public static String describe(Throwable error, ClickHouseEndpoint endpoint) {
        String address = endpoint.address();
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "ClickHouse at " + address + " refused the connection (is the server running?)";
            }
            if (t instanceof UnknownHostException) {
                return "ClickHouse host in " + endpoint.url() + " is unknown";
            }
            if (t instanceof SocketTimeoutException) {
                return "ClickHouse at " + address + " did not answer in time";
            }
        }
        String message = deepestMessage(error);
        if (message.contains("Authentication failed") || message.contains("Code: 516")
                || message.contains("Code: 192") || message.contains("Code: 193")) {
            return "ClickHouse at " + address + " refused user '" + endpoint.username()
                    + "': wrong user name or password";
        }
        Matcher status = HTTP_STATUS.matcher(message);
        if (message.contains("Unreadable error message") && status.find()) {
            // client-v2 cannot read the error body of older servers; the HTTP status still says something.
            return "ClickHouse at " + address + " refused the request with HTTP " + status.group(1)
                    + meaning(status.group(1)) + "; the server log has the details";
        }
        Matcher code = SERVER_CODE.matcher(message);
        if (code.find()) {
            return "ClickHouse at " + address + " failed the request: " + firstLine(message);
        }
        return "ClickHouse at " + address + " failed: " + firstLine(message);
    }

    private static String meaning(String httpStatus) {
        return switch (httpStatus) {
            case "404" -> " (unknown table or database)";
            case "401", "403" -> " (user or password refused)";
            case "400" -> " (malformed query or data)";
            default -> "";
        };
    }

    private static String deepestMessage(Throwable error) {
        String message = String.valueOf(error.getMessage());
        for (Throwable t = error.getCause(); t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                message = message + " / " + t.getMessage();
            }
        }
        return message;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
