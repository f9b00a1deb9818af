package hotline.routing.internal;

import hotline.organization.Channel;
import hotline.routing.AgentState;
import hotline.routing.ContactStatus;
import hotline.routing.Strategy;
import hotline.platform.ConflictException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random days of routing: contacts arrive, agents answer or not, callers hang up, people change states, skills and
 * queues change, timers fire. After every step the invariants hold: nothing offered to two agents (except ring-all,
 * where only one can connect), no agent with two calls or beyond a channel's capacity, every contact in exactly one
 * place, nobody waiting while an agent who may take them is free.
 */
class RouterProperties {

    private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

    @Property(tries = 300)
    void invariantsHoldAfterEveryStep(@ForAll("seeds") long seed, @ForAll @IntRange(min = 20, max = 300) int steps) {
        var random = new Random(seed);
        var router = new Router(new RouterCounters(ZoneOffset.ofHours(8)));
        var now = START;
        var skills = List.of("billing", "outage", "english", "chat");
        int queueCount = 1 + random.nextInt(4);
        for (int q = 1; q <= queueCount; q++) {
            var required = new HashMap<String, Integer>();
            required.put(skills.get(random.nextInt(skills.size())), 1 + random.nextInt(4));
            var strategy = Strategy.values()[random.nextInt(Strategy.values().length)];
            var channel = random.nextInt(4) == 0 ? Channel.CHAT : Channel.VOICE;
            router.defineQueue(new QueueRules(q, "Q" + q, channel, required, random.nextInt(3), strategy, 20,
                    random.nextBoolean() ? Duration.ofSeconds(30) : null, 1,
                    Duration.ofSeconds(120), random.nextBoolean() && q > 1 ? 1L : null, random.nextBoolean(),
                    Duration.ofSeconds(random.nextInt(3) * 10), Duration.ofSeconds(15)), now);
        }
        // agents' callbacks (ADR 0093): outbound contacts offered to the agent who dials
        router.defineQueue(new QueueRules(99, "CALLBACK", Channel.VOICE, Map.of(), 0, Strategy.LONGEST_IDLE, 20, null,
                1, null, null, false, Duration.ofSeconds(30), Duration.ofSeconds(20)), now);
        int agentCount = 1 + random.nextInt(8);
        for (long a = 1; a <= agentCount; a++) {
            router.upsertAgent(a, "agent" + a, randomSkills(random, skills), now);
        }
        Set<UUID> everyContact = new HashSet<>();
        Map<UUID, ContactStatus> lastSeen = new HashMap<>();
        for (int step = 0; step < steps; step++) {
            now = now.plusMillis(random.nextInt(20_000));
            int action = random.nextInt(14);
            var live = new ArrayList<>(router.liveContacts());
            live.sort((x, y) -> Long.compare(x.seq, y.seq));
            var agent = router.agent(1 + random.nextInt(agentCount));
            switch (action) {
                case 0, 1, 2 -> {
                    var arrival = new Router.Arrival(null, null, "Q" + (1 + random.nextInt(queueCount)), null, null,
                            "138" + random.nextInt(1000), "95598", random.nextInt(3), null, null);
                    var contact = router.enqueue(arrival, now);
                    everyContact.add(contact.id);
                }
                case 3 -> {
                    var offered = pick(random, live.stream().filter(c -> !c.offeredTo.isEmpty()).toList());
                    if (offered != null) {
                        router.answered(offered.id, pick(random, List.copyOf(offered.offeredTo)).id, now);
                    }
                }
                case 4 -> {
                    var offered = pick(random, live.stream().filter(c -> !c.offeredTo.isEmpty()).toList());
                    if (offered != null) {
                        router.noAnswer(offered.id, pick(random, List.copyOf(offered.offeredTo)).id, now);
                    }
                }
                case 5, 6 -> {
                    var contact = pick(random, live);
                    if (contact != null) {
                        router.customerLeft(contact.id, now);
                    }
                }
                case 7 -> {
                    var target = List.copyOf(AgentState.REQUESTABLE).get(random.nextInt(3));
                    try {
                        router.request(agent.id, target, target == AgentState.NOT_READY ? "BREAK" : null, now);
                    } catch (ConflictException refused) {
                        assertThat(agent.state.canMoveTo(target) && !(target == AgentState.NOT_READY
                                && agent.state == AgentState.NOT_READY)).isFalse();
                    }
                }
                case 8 -> router.wrapUpOver(agent.id, now);
                case 9 -> router.setSkills(agent.id, randomSkills(random, skills), now);
                case 10 -> {
                    var contact = pick(random, live);
                    if (contact != null) {
                        if (random.nextBoolean()) {
                            router.relax(contact.id, now);
                        } else {
                            router.maxWaitReached(contact.id, now);
                        }
                    }
                }
                case 12 -> {
                    boolean free = (agent.state == AgentState.READY || agent.state == AgentState.NOT_READY)
                            && agent.load.isEmpty();
                    try {
                        var dialed = router.dial(new Router.Dial(agent.id, "CALLBACK", "139" + random.nextInt(1000),
                                "95598", "leg-" + step, null, null), now);
                        everyContact.add(dialed.id);
                        assertThat(free).as("%s dialed", agent).isTrue();
                    } catch (ConflictException refused) {
                        assertThat(free).as("%s refused a dial", agent).isFalse();
                    }
                }
                case 13 -> {
                    var outbound = pick(random, live.stream().filter(c -> c.outbound
                            && c.status == ContactStatus.CONNECTED).toList());
                    if (outbound != null) {
                        router.reached(outbound.id, now);
                    }
                }
                default -> router.assignQueues(agent.id, random.nextBoolean() ? Set.of()
                        : Set.of((long) 1 + random.nextInt(queueCount)), now);
            }
            for (var effect : router.drain()) {
                if (effect instanceof Effect.ContactChanged changed) {
                    var before = lastSeen.put(changed.contact().id(), changed.contact().status());
                    assertThat(before).as("nothing follows a contact's end").isNotEqualTo(ContactStatus.ENDED);
                }
            }
            checkInvariants(router, now);
        }
        // Conservation: every contact is live or ended, exactly once.
        long ended = lastSeen.values().stream().filter(s -> s == ContactStatus.ENDED).count();
        assertThat(ended + router.liveContacts().size()).isEqualTo(everyContact.size());
    }

    static void checkInvariants(Router router, Instant now) {
        for (var agent : router.agents()) {
            long voice = agent.load.stream().filter(c -> c.channel == Channel.VOICE).count();
            assertThat(voice).as("%s holds at most one call", agent).isLessThanOrEqualTo(1);
            for (var channel : Channel.values()) {
                assertThat(agent.loadOf(channel)).isLessThanOrEqualTo(agent.capacity.get(channel));
            }
            switch (agent.state) {
                case READY, NOT_READY, LOGGED_OUT, WRAP_UP -> assertThat(agent.load).as("%s", agent).isEmpty();
                case RESERVED -> assertThat(agent.load).as("%s", agent).isNotEmpty()
                        .allMatch(c -> c.offeredTo.contains(agent));
                case ON_CONTACT -> assertThat(agent.load).as("%s", agent).isNotEmpty();
            }
        }
        for (var contact : router.liveContacts()) {
            boolean waiting = contact.queue.waiting.contains(contact);
            switch (contact.status) {
                case QUEUED -> {
                    assertThat(waiting).isTrue();
                    assertThat(contact.offeredTo).isEmpty();
                    assertThat(contact.agent).isNull();
                    for (var other : router.queues()) {
                        if (other != contact.queue) {
                            assertThat(other.waiting).doesNotContain(contact);
                        }
                    }
                    // work-conserving: no free agent who may take it
                    for (var agent : contact.queue.strictAgents) {
                        assertThat(agent.available(contact.channel)).as("%s free while %s waits", agent, contact)
                                .isFalse();
                    }
                }
                case OFFERED -> {
                    assertThat(waiting).isFalse();
                    assertThat(contact.offeredTo).isNotEmpty();
                    if (contact.queue.rules.strategy() != Strategy.RING_ALL) {
                        assertThat(contact.offeredTo).as("offered to one agent at a time").hasSize(1);
                    }
                    assertThat(contact.agent).isNull();
                }
                case CONNECTED -> {
                    assertThat(waiting).isFalse();
                    assertThat(contact.offeredTo).isEmpty();
                    assertThat(contact.agent.load).contains(contact);
                    long holders = router.agents().stream().filter(a -> a.load.contains(contact)).count();
                    assertThat(holders).as("connected to one agent").isEqualTo(1);
                }
                case ENDED -> throw new AssertionError("an ended contact is still live: " + contact);
            }
        }
    }

    private static Map<String, Integer> randomSkills(Random random, List<String> skills) {
        var result = new HashMap<String, Integer>();
        for (var skill : skills) {
            if (random.nextInt(3) > 0) {
                result.put(skill, 1 + random.nextInt(5));
            }
        }
        return result;
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.isEmpty() ? null : items.get(random.nextInt(items.size()));
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
