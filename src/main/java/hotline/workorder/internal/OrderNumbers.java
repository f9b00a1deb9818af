package hotline.workorder.internal;

import hotline.platform.time.CenterTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;

/**
 * Readable numbers: GD + the center's date + the order's place in that day (GD20261124000123). Each node reserves a
 * block of numbers in a short transaction of its own, so intakes never wait on each other for the day's counter;
 * a block left unused by a restart leaves a gap, which numbers are allowed to have.
 */
@Component
class OrderNumbers {

    static final int BLOCK = 50;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final CenterTime time;
    private LocalDate day;
    private int next;
    private int end;

    OrderNumbers(JdbcClient jdbc, PlatformTransactionManager transactions, CenterTime time) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.time = time;
    }

    synchronized String next() {
        LocalDate today = time.today();
        if (!today.equals(day) || next >= end) {
            int last = ownTransaction.execute(status -> jdbc.sql("""
                            insert into workorder.number_sequence (day, last) values (?, ?)
                            on conflict (day) do update set last = workorder.number_sequence.last + ?
                            returning last""")
                    .params(today, BLOCK, BLOCK).query(Integer.class).single());
            day = today;
            next = last - BLOCK + 1;
            end = last + 1;
        }
        int n = next++;
        return "GD%04d%02d%02d%06d".formatted(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), n);
    }
}
