package org.wagewatch.connectors.clickhouse;

import com.clickhouse.client.api.Client;
import java.io.Serializable;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Where and as whom to reach ClickHouse over HTTP. The password never appears in {@link #toString()}. */
public record ClickHouseEndpoint(String url, String username, String password, String database)
        implements Serializable {

    public ClickHouseEndpoint {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(database, "database");
        password = password == null ? "" : password;
        URI uri = URI.create(url);
        if (uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException(
                    "ClickHouse url must look like http://host:8123, got '" + url + "'");
        }
    }

    /** {@code host:port}, as named in error messages. */
    public String address() {
        URI uri = URI.create(url);
        return uri.getHost() + ":" + uri.getPort();
    }

    /** The same server and user, another database. */
    public ClickHouseEndpoint withDatabase(String otherDatabase) {
        return new ClickHouseEndpoint(url, username, password, otherDatabase);
    }

    /**
     * A client for this endpoint. Response compression stays off: ClickHouse 18.16 answers a
     * compressed request with HTTP 200 and an empty body. The database goes as the {@code database}
     * URL parameter: 18.16 ignores the header that client-v2's default database setting sends.
     */
    public Client openClient() {
        return new Client.Builder()
                .addEndpoint(url)
                .setUsername(username)
                .setPassword(password)
                .setDefaultDatabase(database)
                .serverSetting("database", database)
                .compressServerResponse(false)
                .compressClientRequest(false)
                .setConnectTimeout(5, ChronoUnit.SECONDS)
                .setSocketTimeout(120, ChronoUnit.SECONDS)
                .build();
    }

    @Override
    public String toString() {
        return "ClickHouseEndpoint[" + url + ", user " + username + ", database " + database + "]";
    }
}
