package hotline.telephony;

import hotline.telephony.TelephonyEvent.EngineDown;
import hotline.telephony.TelephonyEvent.EngineUp;
import hotline.telephony.support.EventBus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimekeeperAndEventBusTests {

    static final Instant T0 = Instant.parse("2026-03-03T01:00:00Z");

    @Test
    void virtualTimeRunsTasksInOrderOfDueTimeThenOfScheduling() {
        var time = Timekeeper.virtual(T0);
        var ran = new ArrayList<String>();
        time.schedule(Duration.ofSeconds(2), () -> ran.add("b@" + time.now()));
        time.schedule(Duration.ofSeconds(1), () -> ran.add("a@" + time.now()));
        time.schedule(Duration.ofSeconds(2), () -> ran.add("c@" + time.now()));
        time.advanceBy(Duration.ofMillis(1500));
        assertThat(ran).containsExactly("a@2026-03-03T01:00:01Z");
        assertThat(time.now()).isEqualTo(T0.plusMillis(1500));
        time.advanceBy(Duration.ofSeconds(10));
        assertThat(ran).containsExactly("a@2026-03-03T01:00:01Z", "b@2026-03-03T01:00:02Z", "c@2026-03-03T01:00:02Z");
        assertThat(time.clock().instant()).isEqualTo(T0.plusSeconds(11).plusMillis(500));
    }

    @Test
    void cancelledTasksDoNotRunAndDoNotPileUp() {
        var time = Timekeeper.virtual(T0);
        var ran = new ArrayList<Integer>();
        for (int i = 0; i < 5000; i++) {
            int n = i;
            var task = time.schedule(Duration.ofHours(1), () -> ran.add(n));
            if (i % 2 == 0) {
                assertThat(task.cancel()).isTrue();
                assertThat(task.cancel()).isFalse();
            }
        }
        assertThat(time.pending()).isEqualTo(2500);
        time.advanceBy(Duration.ofHours(2));
        assertThat(ran).hasSize(2500).allMatch(n -> n % 2 == 1);
        assertThat(time.pending()).isZero();
    }

    @Test
    void runsUntilAConditionOrTheDeadline() {
        var time = Timekeeper.virtual(T0);
        var done = new ArrayList<String>();
        time.schedule(Duration.ofSeconds(5), () -> done.add("x"));
        assertThat(time.runUntil(() -> !done.isEmpty(), T0.plusSeconds(60))).isTrue();
        assertThat(time.now()).isEqualTo(T0.plusSeconds(5));
        assertThat(time.runUntil(() -> done.size() > 1, T0.plusSeconds(60))).isFalse();
        assertThat(time.now()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void realTimeRunsTasksOnItsOwnThread() throws Exception {
        try (var time = Timekeeper.realTime(java.time.Clock.systemUTC(), work -> new Thread(work, "tk-test"))) {
            var thread = new java.util.concurrent.CompletableFuture<String>();
            time.schedule(Duration.ofMillis(10), () -> thread.complete(Thread.currentThread().getName()));
            assertThat(thread.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("tk-test");
        }
    }

    @Test
    void anEventPublishedDuringDeliveryWaitsItsTurnForEverySubscriber() {
        var bus = new EventBus();
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        bus.subscribe(event -> {
            first.add(event.getClass().getSimpleName());
            if (event instanceof EngineUp) {
                bus.publish(new EngineDown(T0, "test", "nested"));
            }
        });
        bus.subscribe(event -> second.add(event.getClass().getSimpleName()));
        bus.publish(new EngineUp(T0, "test"));
        assertThat(first).containsExactly("EngineUp", "EngineDown");
        assertThat(second).containsExactly("EngineUp", "EngineDown");
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        var bus = new EventBus();
        var seen = new ArrayList<TelephonyEvent>();
        bus.subscribe(event -> {
            throw new IllegalStateException("boom");
        });
        var subscription = bus.subscribe(EngineUp.class, seen::add);
        bus.publish(new EngineUp(T0, "test"));
        bus.publish(new EngineDown(T0, "test", "only EngineUp is wanted"));
        subscription.close();
        bus.publish(new EngineUp(T0, "test"));
        assertThat(seen).hasSize(1);
    }
}
