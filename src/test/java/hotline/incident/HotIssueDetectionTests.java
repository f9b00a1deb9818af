package hotline.incident;

import hotline.HotlineWebTest;
import hotline.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Detection over persisted counts: a quiet topic alarms at the minimum, a busy one only well above its level. */
@HotlineWebTest
@RecordApplicationEvents
class HotIssueDetectionTests {

    @Autowired
    HotIssues hotIssues;
    @Autowired
    ApplicationEvents events;

    private static final Duration INTERVAL = Duration.ofMinutes(15);

    private static String topic() {
        return "热点" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void observe(String category, Instant at, int times) {
        SystemActor.run(() -> {
            for (int i = 0; i < times; i++) {
                hotIssues.observe(category, "东城区", at, category + "-" + at.getEpochSecond() + "-" + i);
            }
        });
    }

    @Test
    void aNewTopicRisesOnceAtTheMinimumAndNotifiesLeadsWithTheContactsBehindIt() {
        String category = topic();
        Instant at = Instant.parse("2026-02-01T02:00:00Z");
        observe(category, at, 4);
        assertThat(events.stream(HotIssueDetected.class)).noneMatch(e -> e.category().equals(category));
        observe(category, at.plusSeconds(60), 3);
        var detected = events.stream(HotIssueDetected.class).filter(e -> e.category().equals(category)).toList();
        assertThat(detected).hasSize(1);
        assertThat(detected.get(0).count()).isEqualTo(5);
        assertThat(detected.get(0).limit()).isEqualTo(5);
        var issue = SystemActor.call(() -> hotIssues.get(detected.get(0).hotIssueId()));
        assertThat(issue.intervalStart()).isEqualTo(at);
        assertThat(SystemActor.call(() -> hotIssues.references(issue.id()))).hasSize(7).contains(category + "-" + at.getEpochSecond() + "-0");
        assertThat(SystemActor.call(() -> hotIssues.notifications(50)))
                .anyMatch(n -> n.kind().equals("HOT_ISSUE") && n.title().startsWith(category));
        SystemActor.run(() -> hotIssues.acknowledge(issue.id()));
        assertThat(SystemActor.call(() -> hotIssues.get(issue.id())).acknowledgedBy()).isEqualTo("system");
    }

    @Test
    void aStormObservedFromManyTransactionsAtOnceCountsEveryContactAndAlarmsOnce() throws Exception {
        String category = topic();
        Instant at = Instant.parse("2026-02-03T09:00:00Z");
        int threads = 8;
        int each = 25;
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var start = new CountDownLatch(1);
            var done = new ArrayList<Future<?>>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    SystemActor.run(() -> {
                        for (int i = 0; i < each; i++) {
                            hotIssues.observe(category, "东城区", at.plusSeconds(i), category + "-" + thread + "-" + i);
                        }
                    });
                    return null;
                }));
            }
            start.countDown();
            for (var future : done) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        var detected = events.stream(HotIssueDetected.class).filter(e -> e.category().equals(category)).toList();
        assertThat(detected).hasSize(1);
        assertThat(SystemActor.call(() -> hotIssues.references(detected.get(0).hotIssueId())))
                .hasSize(threads * each);
    }

    @Test
    void aBusyTopicAlarmsOnlyWellAboveItsUsualLevel() {
        String category = topic();
        Instant start = Instant.parse("2026-02-02T00:00:00Z");
        for (int i = 0; i < 12; i++) {
            observe(category, start.plus(INTERVAL.multipliedBy(i)), 10);
        }
        assertThat(events.stream(HotIssueDetected.class)).as("the first intervals of a new topic may alarm")
                .filteredOn(e -> e.category().equals(category))
                .allMatch(e -> e.intervalStart().isBefore(start.plus(INTERVAL.multipliedBy(3))));
        long before = events.stream(HotIssueDetected.class).filter(e -> e.category().equals(category)).count();
        Instant busy = start.plus(INTERVAL.multipliedBy(12));
        observe(category, busy, 15);
        assertThat(events.stream(HotIssueDetected.class).filter(e -> e.category().equals(category)).count())
                .as("15 against a level of about 10 is ordinary").isEqualTo(before);
        observe(category, busy, 10);
        var storm = events.stream(HotIssueDetected.class)
                .filter(e -> e.category().equals(category) && e.intervalStart().equals(busy)).toList();
        assertThat(storm).hasSize(1);
        assertThat(storm.get(0).expected()).isBetween(8.0, 10.5);
        assertThat(storm.get(0).count()).isBetween(storm.get(0).limit(), 25);
    }
}
