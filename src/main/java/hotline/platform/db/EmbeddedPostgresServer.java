package hotline.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL started from the jar, its cluster kept in a data directory that survives restarts.
 *
 * <p>Durability is configured for a system of record: zonky's defaults trade it for speed
 * ({@code synchronous_commit=off}), which would lose acknowledged writes on a crash, so they are turned back on.
 * When the JVM was killed with {@code kill -9}, its postmaster lives on as an orphan holding the data directory;
 * it is shut down (fast mode, which rolls nothing acknowledged back) before the new server starts.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts (or reopens) the persistent cluster in {@code dataDirectory}. */
    public static EmbeddedPostgresServer persistent(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            stopOrphanedPostmaster(dataDirectory);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // Spring stops the server after the pool has closed; zonky's own hook would stop it first.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "200")
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** Starts a throw-away cluster (tests, benchmarks): fast, not durable. */
    public static EmbeddedPostgresServer ephemeral() {
        try {
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start an embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /**
     * A {@code postmaster.pid} whose process is still alive means a previous JVM died without stopping its server.
     * PostgreSQL refuses a second postmaster on the same directory, so the orphan is asked to shut down first.
     */
    static void stopOrphanedPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = Files.readAllLines(pidFile).stream().findFirst()
                .map(String::strip)
                .filter(line -> line.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive)
                .filter(EmbeddedPostgresServer::isPostgres);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("PostgreSQL (pid {}) from an earlier run still holds {}; shutting it down", process.pid(), dataDirectory);
        try {
            // SIGINT is PostgreSQL's "fast" shutdown: it checkpoints and keeps every committed transaction.
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("orphaned PostgreSQL did not stop in time; killing it (WAL replay recovers committed data)", e);
            process.destroyForcibly();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(cmd -> cmd.contains("postgres")).orElse(true);
    }
}
