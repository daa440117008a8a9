package io.paymenthub.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A JDBC driver that hands each URL to the driver of its database, so that one WildFly datasource
 * serves the embedded H2 file database by default and PostgreSQL when {@code PAYMENT_DB_URL} says so.
 * <p>
 * PostgreSQL connections get {@code reWriteBatchedInserts=true} unless the URL or the datasource says otherwise:
 * the driver then sends a batch of inserts (a shared transaction's payment events, say) as one multi-row insert,
 * which the database executes once instead of once per row.
 */
public final class RoutingDriver implements Driver {

    private static final String POSTGRESQL = "jdbc:postgresql:";
    private static final Map<String, String> DRIVERS_BY_PREFIX = Map.of(
            POSTGRESQL, "org.postgresql.Driver",
            "jdbc:h2:", "org.h2.Driver");
    /** Set on PostgreSQL connections unless given; the URL's own parameters override these. */
    private static final Map<String, String> POSTGRESQL_DEFAULTS = Map.of("reWriteBatchedInserts", "true");

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Driver driver = driverFor(url);
        return driver == null ? null : driver.connect(url, withDefaults(url, info));
    }

    /** The connection's properties with this database's defaults for those it does not set. */
    static Properties withDefaults(String url, Properties info) {
        Properties properties = new Properties();
        if (info != null) {
            properties.putAll(info);
        }
        if (POSTGRESQL.equals(prefixOf(url))) {
            POSTGRESQL_DEFAULTS.forEach(properties::putIfAbsent);
        }
        return properties;
    }

    @Override
    public boolean acceptsURL(String url) {
        return prefixOf(url) != null;
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        Driver driver = driverFor(url);
        return driver == null ? new DriverPropertyInfo[0] : driver.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    private static Driver driverFor(String url) throws SQLException {
        String prefix = prefixOf(url);
        if (prefix == null) {
            return null;
        }
        try {
            return (Driver) Class.forName(DRIVERS_BY_PREFIX.get(prefix), true, RoutingDriver.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("No JDBC driver for " + prefix, e);
        }
    }

    private static String prefixOf(String url) {
        if (url == null) {
            return null;
        }
        return DRIVERS_BY_PREFIX.keySet().stream().filter(url::startsWith).findFirst().orElse(null);
    }
}
