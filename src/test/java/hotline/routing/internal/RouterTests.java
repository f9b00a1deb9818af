package hotline.routing.internal;

import hotline.organization.Channel;
import hotline.platform.ConflictException;
import hotline.routing.AgentState;
import hotline.routing.ContactStatus;
import hotline.routing.Outcome;
import hotline.routing.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static hotline.routing.AgentState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouterTests {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private final Router router = new Router(new RouterCounters(ZoneOffset.ofHours(8)));

    private QueueRules queue(long id, Strategy strategy, int minProficiency) {
        return new QueueRules(id, "Q" + id, Channel.VOICE, Map.of("billing", minProficiency), 0, strategy, 20,
                Duration.ofSeconds(60), 1, Duration.ofSeconds(300), null, true, Duration.ofSeconds(30),
                Duration.ofSeconds(15));
    }

    private RContact arrive(String queue, int priority, Instant at) {
        return router.enqueue(new Router.Arrival(null, null, queue, null, null, "13800000000", "95598", priority,
                null, null), at);
    }

    private RAgent ready(long id, int proficiency, Instant at) {
        router.upsertAgent(id, "agent" + id, Map.of("billing", proficiency), at);
        router.request(id, READY, null, at);
        return router.agent(id);
    }

    @Test
    void theTransitionTableAllowsExactlyTheseMoves() {
        var allowed = Map.of(
                LOGGED_OUT, EnumSet.of(READY, NOT_READY),
                READY, EnumSet.of(NOT_READY, LOGGED_OUT, RESERVED, ON_CONTACT),
                NOT_READY, EnumSet.of(READY, NOT_READY, LOGGED_OUT, RESERVED),
                RESERVED, EnumSet.of(READY, NOT_READY, LOGGED_OUT, ON_CONTACT, RESERVED),
                ON_CONTACT, EnumSet.of(ON_CONTACT, WRAP_UP),
                WRAP_UP, EnumSet.of(READY, NOT_READY, LOGGED_OUT));
        for (var from : AgentState.values()) {
            for (var to : AgentState.values()) {
                assertThat(from.canMoveTo(to)).as("%s → %s", from, to).isEqualTo(allowed.get(from).contains(to));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = AgentState.class, names = {"RESERVED", "ON_CONTACT", "WRAP_UP"})
    void peopleCannotAskForRoutingsOwnStates(AgentState target) {
        router.upsertAgent(1, "agent1", Map.of(), T0);
        assertThatThrownBy(() -> router.request(1, target, null, T0)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("LOGGED_OUT");
    }

    // ---- outbound callback calls (ADR 0093) -------------------------------------------------------------------------

    private RContact dial(long agentId, Instant at) {
        return router.dial(new Router.Dial(agentId, "Q9", "13900001111", "95598", "leg-c", 7L, 42L), at);
    }

    private void callbackQueue() {
        router.defineQueue(new QueueRules(9, "Q9", Channel.VOICE, Map.of(), 0, Strategy.LONGEST_IDLE, 20, null, 1,
                null, null, false, Duration.ofSeconds(60), Duration.ofSeconds(20)), T0);
    }

    @Test
    void aCallbackRingsTheAgentFirstThenTalksFromTheCustomersAnswerAndLeavesTheQueueFiguresAlone() {
        callbackQueue();
        var agent = ready(1, 1, T0);
        var contact = dial(1, T0.plusSeconds(1));
        assertThat(contact.outbound).isTrue();
        assertThat(contact.status).isEqualTo(ContactStatus.OFFERED);
        assertThat(contact.workOrderId).isEqualTo(42L);
        assertThat(agent.state).isEqualTo(RESERVED);
        assertThat(router.answered(contact.id, 1, T0.plusSeconds(3))).isTrue();
        assertThat(agent.state).isEqualTo(ON_CONTACT);
        router.reached(contact.id, T0.plusSeconds(10));
        assertThat(contact.answeredAt).isEqualTo(T0.plusSeconds(10));
        router.customerLeft(contact.id, T0.plusSeconds(70));
        assertThat(contact.outcome).isEqualTo(Outcome.HANDLED);
        assertThat(agent.state).isEqualTo(WRAP_UP);
        var today = router.counters().today(9, T0.plusSeconds(70));
        assertThat(today.offered + today.answered + today.abandoned).as("inbound figures of the callback queue")
                .isZero();
        var snapshots = router.drain().stream().filter(e -> e instanceof Effect.ContactChanged)
                .map(e -> ((Effect.ContactChanged) e).contact()).toList();
        assertThat(snapshots).isNotEmpty().allMatch(ContactSnapshot::outbound);
    }

    @Test
    void aCustomerWhoDoesNotAnswerEndsTheCallbackNotReachedAndTheAgentWrapsUp() {
        callbackQueue();
        var agent = ready(1, 1, T0);
        var contact = dial(1, T0);
        router.answered(contact.id, 1, T0.plusSeconds(2));
        router.customerLeft(contact.id, T0.plusSeconds(42));
        assertThat(contact.outcome).isEqualTo(Outcome.NOT_REACHED);
        assertThat(contact.answeredAt).as("no conversation").isNull();
        assertThat(agent.state).isEqualTo(WRAP_UP);
    }

    @Test
    void anAgentWhosePhoneDoesNotTakeTheirOwnDialIsSetNotReadyAndTheCallbackIsNotQueued() {
        callbackQueue();
        var agent = ready(1, 1, T0);
        var contact = dial(1, T0);
        router.noAnswer(contact.id, 1, T0.plusSeconds(20));
        assertThat(contact.outcome).isEqualTo(Outcome.NOT_REACHED);
        assertThat(router.contact(contact.id)).isNull();
        assertThat(router.queue(9L).waiting).isEmpty();
        assertThat(agent.state).isEqualTo(NOT_READY);
    }

    @Test
    void anAgentOnABreakMayCallBackAndReturnsToTheirBreakAfterTheWrapUp() {
        callbackQueue();
        router.upsertAgent(1, "agent1", Map.of(), T0);
        router.request(1, NOT_READY, "TRAINING", T0);
        var contact = dial(1, T0.plusSeconds(5));
        router.answered(contact.id, 1, T0.plusSeconds(7));
        router.reached(contact.id, T0.plusSeconds(12));
        router.customerLeft(contact.id, T0.plusSeconds(60));
        router.wrapUpOver(1, T0.plusSeconds(120));
        assertThat(router.agent(1).state).isEqualTo(NOT_READY);
        assertThat(router.agent(1).reason).isEqualTo("TRAINING");
    }

    @Test
    void anAgentOnAContactOrWithoutTheCallbackQueueCannotDial() {
        router.defineQueue(queue(1, Strategy.LONGEST_IDLE, 1), T0);
        ready(1, 1, T0);
        assertThatThrownBy(() -> dial(1, T0)).isInstanceOf(hotline.platform.NotFoundException.class)
                .hasMessageContaining("Q9");
        callbackQueue();
        arrive("Q1", 0, T0);
        assertThat(router.agent(1).state).isEqualTo(RESERVED);
        assertThatThrownBy(() -> dial(1, T0.plusSeconds(1))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("RESERVED");
    }

    @Test
    void readyTwiceIsAConflictNamingTheState() {
        ready(1, 3, T0);
        assertThatThrownBy(() -> router.request(1, READY, null, T0)).isInstanceOf(ConflictException.class)
                .hasMessage("cannot set READY: agent agent1 is READY");
    }

    @Test
    void longestIdleBreaksTiesByAgentId() {
        router.defineQueue(queue(1, Strategy.LONGEST_IDLE, 1), T0);
        ready(3, 2, T0);
        ready(2, 2, T0);
        ready(5, 2, T0.minusSeconds(1));
        assertThat(arrive("Q1", 0, T0).offeredTo).extracting(a -> a.id).containsExactly(5L);
        assertThat(arrive("Q1", 0, T0).offeredTo).extracting(a -> a.id).containsExactly(2L);
    }

    @Test
    void mostSkilledTakesTheHighestProficiency() {
        router.defineQueue(queue(1, Strategy.MOST_SKILLED, 1), T0);
        ready(1, 2, T0);
        ready(2, 5, T0.plusSeconds(5));
        ready(3, 5, T0.plusSeconds(9));
        assertThat(arrive("Q1", 0, T0.plusSeconds(10)).offeredTo).extracting(a -> a.id).containsExactly(2L);
    }

    @Test
    void roundRobinGoesToTheNextAgentAfterTheLast() {
        router.defineQueue(queue(1, Strategy.ROUND_ROBIN, 1), T0);
        ready(1, 3, T0);
        ready(2, 3, T0);
        ready(3, 3, T0);
        var first = arrive("Q1", 0, T0);
        router.answered(first.id, 1, T0);
        router.customerLeft(first.id, T0.plusSeconds(5));
        router.wrapUpOver(1, T0.plusSeconds(6));
        assertThat(arrive("Q1", 0, T0.plusSeconds(7)).offeredTo).extracting(a -> a.id).containsExactly(2L);
        assertThat(arrive("Q1", 0, T0.plusSeconds(8)).offeredTo).extracting(a -> a.id).containsExactly(3L);
        assertThat(arrive("Q1", 0, T0.plusSeconds(9)).offeredTo).extracting(a -> a.id).containsExactly(1L);
    }

    @Test
    void ringAllConnectsTheFirstToAnswerAndReleasesTheOthers() {
        router.defineQueue(queue(1, Strategy.RING_ALL, 1), T0);
        ready(1, 3, T0);
        ready(2, 3, T0);
        var contact = arrive("Q1", 0, T0);
        assertThat(contact.offeredTo).hasSize(2);
        assertThat(router.answered(contact.id, 2, T0.plusSeconds(3))).isTrue();
        assertThat(router.answered(contact.id, 1, T0.plusSeconds(3))).isFalse();
        assertThat(contact.agent.id).isEqualTo(2);
        assertThat(router.agent(1).state).isEqualTo(READY);
        assertThat(router.drain()).filteredOn(e -> e instanceof Effect.Withdraw).hasSize(1);
    }

    @Test
    void vipWaitsLessThanEarlierCallers() {
        router.defineQueue(queue(1, Strategy.LONGEST_IDLE, 1), T0);
        router.upsertAgent(1, "agent1", Map.of("billing", 3), T0);
        var early = arrive("Q1", 0, T0);
        var vip = arrive("Q1", 2, T0.plusSeconds(30));
        router.request(1, READY, null, T0.plusSeconds(40));
        assertThat(vip.status).isEqualTo(ContactStatus.OFFERED);
        assertThat(early.status).isEqualTo(ContactStatus.QUEUED);
    }

    @Test
    void noAnswerSetsTheAgentNotReadyAndPutsTheContactBackAtTheHead() {
        router.defineQueue(queue(1, Strategy.LONGEST_IDLE, 1), T0);
        ready(1, 3, T0);
        var first = arrive("Q1", 0, T0);
        var second = arrive("Q1", 0, T0.plusSeconds(1));
        router.noAnswer(first.id, 1, T0.plusSeconds(15));
        assertThat(router.agent(1).state).isEqualTo(NOT_READY);
        assertThat(router.agent(1).reason).isEqualTo(Router.NO_ANSWER);
        assertThat(first.queue.waiting.first()).isSameAs(first);
        ready(2, 3, T0.plusSeconds(16));
        assertThat(first.offeredTo).extracting(a -> a.id).containsExactly(2L);
        assertThat(second.status).isEqualTo(ContactStatus.QUEUED);
    }

    @Test
    void relaxationWidensToLowerProficiencyAfterTheWait() {
        router.defineQueue(queue(1, Strategy.LONGEST_IDLE, 4), T0);
        ready(1, 2, T0);
        var contact = arrive("Q1", 0, T0);
        assertThat(contact.status).isEqualTo(ContactStatus.QUEUED);
        router.relax(contact.id, T0.plusSeconds(60));
        assertThat(contact.offeredTo).extracting(a -> a.id).containsExactly(1L);
    }

    @Test
    void maxWaitOverflowsToTheOtherQueueOrToACallback() {
        router.defineQueue(queue(1, Strategy.LONGEST_IDLE, 5), T0);
        var rules = queue(2, Strategy.LONGEST_IDLE, 5);
        router.defineQueue(new QueueRules(2, "Q2", Channel.VOICE, Map.of("billing", 5), 0, Strategy.LONGEST_IDLE,
                20, null, 1, Duration.ofSeconds(60), 1L, false, rules.wrapUp(), rules.ringTimeout()), T0);
        var toOverflow = arrive("Q2", 0, T0);
        router.maxWaitReached(toOverflow.id, T0.plusSeconds(60));
        assertThat(toOverflow.queue.rules.code()).isEqualTo("Q1");
        router.maxWaitReached(toOverflow.id, T0.plusSeconds(360));
        assertThat(toOverflow.status).isEqualTo(ContactStatus.ENDED);
        assertThat(toOverflow.outcome).isEqualTo(Outcome.CALLBACK);
    }

    @Test
    void notReadyAskedDuringACallAppliesAfterWrapUp() {
        router.defineQueue(queue(1, Strategy.LONGEST_IDLE, 1), T0);
        ready(1, 3, T0);
        var contact = arrive("Q1", 0, T0);
        router.answered(contact.id, 1, T0.plusSeconds(2));
        assertThat(router.request(1, NOT_READY, "MEAL", T0.plusSeconds(10))).isEqualTo(Router.Applied.AFTER_CONTACT);
        router.customerLeft(contact.id, T0.plusSeconds(60));
        assertThat(router.agent(1).state).isEqualTo(WRAP_UP);
        router.wrapUpOver(1, T0.plusSeconds(90));
        assertThat(router.agent(1).state).isEqualTo(NOT_READY);
        assertThat(router.agent(1).reason).isEqualTo("MEAL");
    }

    @Test
    void chatAgentsTakeSeveralChatsButOneCall() {
        router.defineQueue(new QueueRules(7, "CHAT", Channel.CHAT, Map.of("billing", 1), 0, Strategy.LONGEST_IDLE,
                60, null, 1, null, null, false, Duration.ZERO, Duration.ofSeconds(15)), T0);
        ready(1, 3, T0);
        for (int i = 0; i < 5; i++) {
            router.enqueue(new Router.Arrival(null, null, "CHAT", null, null, null, null, 0, null, null), T0);
        }
        assertThat(router.agent(1).loadOf(Channel.CHAT)).isEqualTo(3);
        assertThat(router.agent(1).state).isEqualTo(ON_CONTACT);
        router.assignQueues(1, Set.of(7L), T0);
        assertThat(router.queue(7).waiting).hasSize(2);
    }

    @Test
    void holdsAddUpAndAHoldStillOpenAtTheEndCountsUntilTheEnd() {
        router.defineQueue(queue(1, Strategy.LONGEST_IDLE, 1), T0);
        ready(1, 3, T0);
        var contact = arrive("Q1", 0, T0);
        router.answered(contact.id, 1, T0.plusSeconds(2));
        router.held(contact.id, T0.plusSeconds(10));
        router.resumed(contact.id, T0.plusSeconds(25));
        router.held(contact.id, T0.plusSeconds(40));
        router.customerLeft(contact.id, T0.plusSeconds(45));
        var ended = lastSnapshotOf(contact);
        assertThat(ended.holdSeconds()).isEqualTo(20.0);
        assertThat(ended.transferred()).isFalse();
    }

    @Test
    void aTransferEndsTheAgentsPartAsHandledAndTransferred() {
        router.defineQueue(queue(1, Strategy.LONGEST_IDLE, 1), T0);
        ready(1, 3, T0);
        var contact = arrive("Q1", 0, T0);
        router.answered(contact.id, 1, T0.plusSeconds(2));
        router.transferred(contact.id, 2, T0.plusSeconds(30));          // not the agent on the contact: ignored
        assertThat(contact.status).isEqualTo(ContactStatus.CONNECTED);
        router.transferred(contact.id, 1, T0.plusSeconds(30));
        var ended = lastSnapshotOf(contact);
        assertThat(ended.status()).isEqualTo(ContactStatus.ENDED);
        assertThat(ended.outcome()).isEqualTo(Outcome.HANDLED);
        assertThat(ended.transferred()).isTrue();
        assertThat(router.agent(1).state).isEqualTo(WRAP_UP);
    }

    @Test
    void theEndOfWrapUpRecordsItsLengthOnTheContact() {
        router.defineQueue(queue(1, Strategy.LONGEST_IDLE, 1), T0);
        ready(1, 3, T0);
        var contact = arrive("Q1", 0, T0);
        router.answered(contact.id, 1, T0.plusSeconds(2));
        router.customerLeft(contact.id, T0.plusSeconds(60));
        router.drain();
        router.request(1, NOT_READY, "BREAK", T0.plusSeconds(72));      // finished early, then a break
        assertThat(router.drain()).filteredOn(e -> e instanceof Effect.WrappedUp)
                .containsExactly(new Effect.WrappedUp(contact.id, 12.0));
        router.request(1, READY, null, T0.plusSeconds(100));
        assertThat(router.drain()).noneMatch(e -> e instanceof Effect.WrappedUp);
    }

    private ContactSnapshot lastSnapshotOf(RContact contact) {
        return router.drain().stream().filter(e -> e instanceof Effect.ContactChanged).map(e -> ((Effect.ContactChanged) e)
                .contact()).filter(c -> c.id().equals(contact.id)).reduce((a, b) -> b).orElseThrow();
    }
}
