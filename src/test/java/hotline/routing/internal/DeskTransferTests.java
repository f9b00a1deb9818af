package hotline.routing.internal;

import hotline.organization.Channel;
import hotline.platform.ConflictException;
import hotline.routing.ContactStatus;
import hotline.routing.Outcome;
import hotline.routing.Strategy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static hotline.routing.AgentState.NOT_READY;
import static hotline.routing.AgentState.ON_CONTACT;
import static hotline.routing.AgentState.READY;
import static hotline.routing.AgentState.RESERVED;
import static hotline.routing.AgentState.WRAP_UP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The router's side of the desktop: transfers inside routing, the floor picture and this interval's counts. */
class DeskTransferTests {

    private static final Instant T0 = Instant.parse("2026-03-02T01:10:00Z");     // 09:10 in UTC+8
    private final Router router = new Router(new RouterCounters(ZoneOffset.ofHours(8)));

    private QueueRules queue(long id, String skill) {
        return new QueueRules(id, "Q" + id, Channel.VOICE, Map.of(skill, 1), 0, Strategy.LONGEST_IDLE, 20, null, 1,
                null, null, false, Duration.ofSeconds(30), Duration.ofSeconds(15));
    }

    private RAgent ready(long id, String skill) {
        router.upsertAgent(id, "agent" + id, Map.of(skill, 3), T0);
        router.request(id, READY, null, T0);
        return router.agent(id);
    }

    private RContact talking(RAgent agent) {
        var contact = router.enqueue(new Router.Arrival(null, null, "Q1", "call-1", "leg-1", "13800000000", "95598", 0,
                7L, null), T0);
        assertThat(router.answered(contact.id, agent.id, T0.plusSeconds(2))).isTrue();
        return contact;
    }

    @Test
    void aTransferToAQueueEndsTheAgentsPartAndQueuesTheSameCallAgain() {
        router.defineQueue(queue(1, "billing"), T0);
        router.defineQueue(queue(2, "second"), T0);
        var first = ready(1, "billing");
        var contact = talking(first);
        router.drain();

        var next = router.transferWithin(contact.id, 1, router.queue("Q2"), null, T0.plusSeconds(60));

        assertThat(contact.status).isEqualTo(ContactStatus.ENDED);
        assertThat(contact.outcome).isEqualTo(Outcome.HANDLED);
        assertThat(contact.transferred).isTrue();
        assertThat(first.state).isEqualTo(WRAP_UP);
        assertThat(next.status).isEqualTo(ContactStatus.QUEUED);
        assertThat(next.legId).isEqualTo("leg-1");
        assertThat(next.customerId).isEqualTo(7L);
        assertThat(next.waitingSince).isEqualTo(T0.plusSeconds(60));
        var second = ready(2, "second");
        assertThat(second.state).isEqualTo(RESERVED);
        assertThat(next.offeredTo).containsExactly(second);
    }

    @Test
    void aTransferToAnAgentOffersTheCallToThemAtOnceAndOnlyIfTheyAreReady() {
        router.defineQueue(queue(1, "billing"), T0);
        var first = ready(1, "billing");
        var contact = talking(first);
        router.upsertAgent(2, "agent2", Map.of("billing", 3), T0);
        router.request(2, NOT_READY, "BREAK", T0);

        assertThatThrownBy(() -> router.transferWithin(contact.id, 1, router.queue("Q1"), router.agent(2), T0))
                .isInstanceOf(ConflictException.class).hasMessage("cannot transfer to: agent agent2 is NOT_READY");
        assertThat(first.state).as("nothing changed").isEqualTo(ON_CONTACT);

        router.request(2, READY, null, T0);
        var next = router.transferWithin(contact.id, 1, router.queue("Q1"), router.agent(2), T0.plusSeconds(5));
        assertThat(next.offeredTo).containsExactly(router.agent(2));
        assertThat(router.agent(2).state).isEqualTo(RESERVED);
    }

    @Test
    void theFloorShowsTheContactAndThisIntervalsCounts() {
        router.defineQueue(queue(1, "billing"), T0);
        var agent = ready(1, "billing");
        talking(agent);
        router.enqueue(new Router.Arrival(null, null, "Q1", "call-2", "leg-2", "13900000000", "95598", 0, null, null),
                T0.plusSeconds(3));

        var floor = FloorPicture.of(router, T0.plusSeconds(10), 42);

        assertThat(floor.decisions()).isEqualTo(42);
        var q = floor.queues().get(0);
        assertThat(q.waiting()).isEqualTo(1);
        assertThat(q.oldestWaitingSince()).isEqualTo(T0.plusSeconds(3));
        assertThat(q.intervalStart()).isEqualTo(Instant.parse("2026-03-02T01:00:00Z"));
        assertThat(q.intervalOffered()).isEqualTo(2);
        assertThat(q.intervalAnswered()).isEqualTo(1);
        var a = floor.agents().get(0);
        assertThat(a.state()).isEqualTo(ON_CONTACT);
        assertThat(a.contact().callerNumber()).isEqualTo("13800000000");
        assertThat(a.contact().answeredAt()).isEqualTo(T0.plusSeconds(2));

        var nextInterval = FloorPicture.of(router, Instant.parse("2026-03-02T01:30:00Z"), 43).queues().get(0);
        assertThat(nextInterval.intervalOffered()).isZero();
        assertThat(nextInterval.offered()).as("today keeps counting").isEqualTo(2);
    }
}
