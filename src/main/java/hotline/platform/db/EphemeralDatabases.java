package hotline.platform.db;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One throw-away PostgreSQL per JVM, a new empty database in it for every application context: tests stay isolated
 * without paying a cluster start each time. At JVM exit the pools close first (so contexts still shutting down fail
 * fast instead of waiting for connections), then the server stops.
 */
final class EphemeralDatabases {

    private static final AtomicInteger counter = new AtomicInteger();
    private static final List<AutoCloseable> pools = new CopyOnWriteArrayList<>();
    private static EmbeddedPostgresServer server;

    private EphemeralDatabases() {
    }

    static synchronized String newDatabaseUrl() {
        if (server == null) {
            server = EmbeddedPostgresServer.ephemeral();
            Runtime.getRuntime().addShutdownHook(new Thread(EphemeralDatabases::stop, "ephemeral-postgres-stop"));
        }
        String name = "hotline_" + counter.incrementAndGet();
        try (var connection = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "postgres");
             var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return server.jdbcUrl(name);
    }

    static void track(AutoCloseable pool) {
        pools.add(pool);
    }

    private static void stop() {
        for (AutoCloseable pool : pools) {
            try {
                pool.close();
            } catch (Exception ignored) {
                // already closed by its context
            }
        }
        server.close();
    }
}
