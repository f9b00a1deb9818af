package hotline.platform.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of the JVM loses nothing that was acknowledged: a child JVM commits rows and reports each commit,
 * it is killed mid-stream, and a new start on the same data directory (which must first reclaim the orphaned
 * postmaster) finds every reported row.
 */
class CrashDurabilityTests {

    /** The child process: opens the persistent cluster and commits rows as fast as it can, printing each id. */
    public static void main(String[] args) throws Exception {
        var server = EmbeddedPostgresServer.persistent(Path.of(args[0]), 0);
        try (var connection = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "postgres")) {
            connection.createStatement().execute("create table if not exists acked (id int primary key)");
            var insert = connection.prepareStatement("insert into acked values (?)");
            for (int i = 1; ; i++) {
                insert.setInt(1, i);
                insert.executeUpdate(); // autocommit: returns once the commit is acknowledged
                System.out.println("ACK " + i);
                System.out.flush();
            }
        }
    }

    @Test
    void everyAcknowledgedCommitSurvivesKillMinus9(@TempDir Path data) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashDurabilityTests.class.getName(), data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int lastAcked = 0;
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    lastAcked = Integer.parseInt(line.substring(4));
                    if (lastAcked == 300) {
                        new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor();
                        break;
                    }
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(lastAcked).isEqualTo(300);

        // The orphaned postmaster still holds the directory; starting again must reclaim it and keep every row.
        try (var server = EmbeddedPostgresServer.persistent(data, 0);
             var connection = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "postgres");
             var rows = connection.createStatement().executeQuery("select count(*), max(id) from acked")) {
            rows.next();
            assertThat(rows.getInt(2)).isGreaterThanOrEqualTo(300);
            assertThat(rows.getInt(1)).isEqualTo(rows.getInt(2));
        }
        assertThat(new File(data.toFile(), "postmaster.pid")).doesNotExist();
    }
}
