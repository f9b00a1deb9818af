package hotline.platform.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/** Runs the demo seeders that have not run on this database yet, each in its own transaction. */
@Component
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoMode mode;
    private final ObjectProvider<DemoSeeder> seeders;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoData(DemoMode mode, ObjectProvider<DemoSeeder> seeders, JdbcClient jdbc, TransactionTemplate transaction,
             Clock clock) {
        this.mode = mode;
        this.seeders = seeders;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Order(0)
    @EventListener(ApplicationStartedEvent.class)
    void seed() {
        if (!mode.enabled()) {
            return;
        }
        seeders.orderedStream().forEach(seeder -> transaction.executeWithoutResult(status -> {
            int claimed = jdbc.sql("insert into demo_seed (seeder, seeded_at) values (?, ?) on conflict do nothing")
                    .params(seeder.name(), clock.instant().atOffset(java.time.ZoneOffset.UTC))
                    .update();
            if (claimed == 1) {
                log.info("Seeding demo data: {}", seeder.name());
                seeder.seed();
            }
        }));
    }
}
