package io.paymenthub.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** The benchmark's PostgreSQL schema: made empty before the server starts, read after the loads. */
final class BenchDatabase {

    private final Settings settings;

    BenchDatabase(Settings settings) {
        this.settings = settings;
    }

    /** Drops and creates the schema; the hub's Flyway migrates it at deployment. */
    void reset() throws SQLException {
        try (Connection c = connect(settings.dbUrl()); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + settings.dbSchema() + " cascade");
            s.execute("create schema " + settings.dbSchema());
        }
    }

    /**
     * The ceiling's table and rows, and the checkout floor's table (empty: each request inserts its row), created
     * once the hub's migrations have run (Flyway wants an empty schema).
     */
    void createCeilingRows(int rows) throws SQLException {
        try (Connection c = connectToSchema(); Statement s = c.createStatement()) {
            s.execute("create table bench_ceiling_row (id bigint primary key, counter bigint not null,"
                    + " version bigint not null)");
            s.execute("insert into bench_ceiling_row select g, 0, 0 from generate_series(0, " + (rows - 1) + ") g");
            s.execute("create table bench_floor_checkout (id bigint primary key, token varchar(100),"
                    + " version bigint not null)");
            s.execute("analyze");
        }
    }

    /**
     * Fresh planner statistics, as a database in service has them from autovacuum: the schema starts empty, and
     * plans made for empty tables — sequential scans, among them the foreign-key checks each connection keeps —
     * would otherwise be measured as the tables grow. ANALYZE invalidates them. Run after every warm-up window.
     */
    void analyze() throws SQLException {
        try (Connection c = connectToSchema(); Statement s = c.createStatement()) {
            s.execute("analyze");
        }
    }

    /** What autovacuum would have done by now: dead rows removed, statistics fresh. Run before measuring. */
    void vacuumAnalyze() throws SQLException {
        try (Connection c = connectToSchema(); Statement s = c.createStatement()) {
            s.execute("vacuum analyze");
        }
    }

    /** The server's product, version and whether autovacuum runs. */
    String serverVersion() throws SQLException {
        try (Connection c = connect(settings.dbUrl()); Statement s = c.createStatement();
             ResultSet autovacuum = s.executeQuery("show autovacuum")) {
            autovacuum.next();
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion()
                    + ", autovacuum " + autovacuum.getString(1)
                    + " (the benchmark analyzes after every warm-up window and vacuums before measuring)";
        }
    }

    long fulfilments() throws SQLException {
        return count("select count(*) from fulfilment");
    }

    long receipts() throws SQLException {
        return count("select count(*) from receipt");
    }

    Map<String, Long> paymentsByStatus() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = connectToSchema(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select status, count(*) from payment group by status order by status")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connectToSchema(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A new connection to the benchmark's schema, as the hub's datasource has. */
    Connection connectToSchema() throws SQLException {
        return connect(settings.schemaUrl());
    }

    private Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, settings.dbUser(), settings.dbPassword());
    }
}
