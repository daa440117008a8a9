package io.paymenthub.it;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.h2.tools.Server;

/**
 * The database of a {@link CrashHub} under faults, reached only through a {@link DatabaseProxy}: on PostgreSQL (when
 * {@code PAYMENT_DB_URL} names it, as in CI) a schema of its own on the same server; else an H2 database served over
 * TCP by this JVM (H2's server mode: the hub connects to it as to any database server, so the proxy can cut it).
 */
final class FaultDatabase implements AutoCloseable {

    private static final String POSTGRESQL = "jdbc:postgresql:";

    private final DatabaseProxy proxy;
    private final Map<String, String> environment;
    private final Server h2;
    /** The database without the proxy, for the test to read and write rows. */
    private final String directUrl;

    private FaultDatabase(DatabaseProxy proxy, Map<String, String> environment, Server h2, String directUrl) {
        this.proxy = proxy;
        this.environment = environment;
        this.h2 = h2;
        this.directUrl = directUrl;
    }

    static FaultDatabase start(Path h2Directory) throws Exception {
        String url = System.getenv("PAYMENT_DB_URL");
        if (url != null && url.startsWith(POSTGRESQL)) {
            return postgresql(url);
        }
        Server h2 = Server.createTcpServer("-tcpPort", "0", "-baseDir", h2Directory.toAbsolutePath().toString(),
                "-ifNotExists").start();
        DatabaseProxy proxy = new DatabaseProxy("127.0.0.1", h2.getPort());
        return new FaultDatabase(proxy, Map.of("PAYMENT_DB_URL", "jdbc:h2:tcp://127.0.0.1:" + proxy.port()
                + "/payment-hub;LOCK_TIMEOUT=10000", "PAYMENT_DB_USER", "sa", "PAYMENT_DB_PASSWORD", "sa"), h2,
                "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/payment-hub");
    }

    /** The CI database's server, in a fresh schema named after the CI schema: the CI schema stays untouched. */
    private static FaultDatabase postgresql(String url) throws Exception {
        URI parsed = URI.create(url.substring("jdbc:".length()));
        String query = parsed.getQuery() == null ? "" : parsed.getQuery();
        String schema = query.contains("currentSchema=") ? query.replaceAll(".*currentSchema=([^&]+).*", "$1")
                : "public";
        String faults = schema + "_faults";
        String user = System.getenv().getOrDefault("PAYMENT_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("PAYMENT_DB_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + faults + " cascade");
            statement.execute("create schema " + faults);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare schema " + faults, e);
        }
        int port = parsed.getPort() < 0 ? 5432 : parsed.getPort();
        DatabaseProxy proxy = new DatabaseProxy(parsed.getHost(), port);
        return new FaultDatabase(proxy, Map.of("PAYMENT_DB_URL", "jdbc:postgresql://127.0.0.1:" + proxy.port()
                + parsed.getPath() + "?currentSchema=" + faults, "PAYMENT_DB_USER", user,
                "PAYMENT_DB_PASSWORD", password), null,
                url.replaceAll("currentSchema=[^&]+", "currentSchema=" + faults));
    }

    /** The hub's {@code PAYMENT_DB_*} environment: through the proxy. */
    Map<String, String> environment() {
        return environment;
    }

    /** A connection of the test's own, not through the proxy. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(directUrl, environment.get("PAYMENT_DB_USER"),
                environment.get("PAYMENT_DB_PASSWORD"));
    }

    DatabaseProxy proxy() {
        return proxy;
    }

    @Override
    public void close() throws Exception {
        proxy.close();
        if (h2 != null) {
            h2.stop();
        }
    }
}
