package hotline.platform.db;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Deletes the rows of a history table older than a cut-off, a batch per statement. Run outside a transaction each
 * batch commits on its own, so a first sweep over years of history neither holds locks for long nor grows into one
 * huge transaction. The table needs an {@code id} primary key and an index on the time column.
 */
public final class RowRetention {

    static final int BATCH = 5_000;

    /** Deletes the rows whose {@code column} is before {@code cutoff} and answers how many went. */
    public static long deleteBefore(JdbcClient jdbc, String table, String column, Instant cutoff) {
        String sql = "delete from " + table + " where id in (select id from " + table + " where " + column
                + " < ? limit " + BATCH + ")";
        long total = 0;
        int deleted;
        do {
            deleted = jdbc.sql(sql).param(Timestamp.from(cutoff)).update();
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }

    private RowRetention() {
    }
}
