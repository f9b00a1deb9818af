package hotline.platform.db;

import java.time.Duration;

/**
 * A module's history table whose rows are deleted once older than {@code keep}, judged by {@code timeColumn}. Declare
 * one as a bean; {@link RowRetention} sweeps them all. The table needs an {@code id} primary key and an index on the
 * time column.
 */
public record RetentionRule(String table, String timeColumn, Duration keep) {

    public RetentionRule {
        if (!table.matches("[a-z_]+\\.[a-z_]+") || !timeColumn.matches("[a-z_]+")) {
            throw new IllegalArgumentException("a retention rule names a schema-qualified table and a column");
        }
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("a retention must keep rows for some time, not " + keep);
        }
    }
}
