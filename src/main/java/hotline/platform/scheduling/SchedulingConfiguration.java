package hotline.platform.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;

/**
 * Durable timers (db-scheduler, wired by hand on Boot 4): tasks live in {@code scheduled_tasks}, fire after a restart
 * and, in a cluster, on one node only. Modules contribute their tasks as beans; recurring tasks start themselves.
 * The scheduler starts once the application is ready, so no task runs against a half-built context.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean(destroyMethod = "stop")
    @SuppressWarnings({"unchecked", "rawtypes"})
    Scheduler scheduler(DataSource dataSource, ObjectProvider<Task<?>> tasks,
                        @Value("${hotline.scheduler.polling-interval:PT2S}") Duration pollingInterval,
                        @Value("${hotline.scheduler.threads:4}") int threads) {
        // recurring tasks are registered through startTasks (which also makes them known); the rest directly
        List<Task<?>> all = tasks.orderedStream().toList();
        List startup = all.stream().filter(OnStartup.class::isInstance).toList();
        List<Task<?>> others = all.stream().filter(t -> !(t instanceof OnStartup)).toList();
        return Scheduler.create(dataSource, others)
                .startTasks(startup)
                .pollingInterval(pollingInterval)
                .threads(threads)
                .alwaysPersistTimestampInUTC()
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    @Bean
    SchedulerStarter schedulerStarter(Scheduler scheduler) {
        return new SchedulerStarter(scheduler);
    }

    static class SchedulerStarter {
        private final Scheduler scheduler;

        SchedulerStarter(Scheduler scheduler) {
            this.scheduler = scheduler;
        }

        @EventListener(ApplicationReadyEvent.class)
        void start() {
            scheduler.start();
        }
    }
}
