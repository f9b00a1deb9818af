package hotline.routing.internal;

import hotline.routing.AgentStateChanged;
import hotline.routing.ContactAbandoned;
import hotline.routing.ContactEnded;
import hotline.routing.ContactRouted;
import hotline.routing.ContactStatus;
import hotline.routing.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Writes the router's effects to PostgreSQL off the router's thread (ADR 0032): contact records (the newest snapshot
 * of each contact in a batch), the agents' current state and state history, and the module events, all in one
 * transaction per batch. A batch is whatever queued up while the last one was written, at most {@link #BATCH}
 * entries, so under load the writes group themselves and at rest each change is written within milliseconds.
 * A change someone is told about (an API answer) must not be lost in those milliseconds: {@link #committed()} gives a
 * future that completes once everything handed in before it is committed, and the engine answers only then (ADR 0032).
 * The simulator's firehose does not ask and keeps the batching. {@link #flush()} waits the same way (tests, shutdown).
 */
final class RoutingJournal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RoutingJournal.class);
    static final int BATCH = 2000;

    private static final String UPSERT_CONTACT = """
            insert into routing.contact (id, channel, queue_id, queue_code, status, call_id, leg_id, caller_number,
                called_number, priority, customer_id, work_order_id, arrived_at, waiting_since, routed_at, answered_at,
                ended_at, agent_id, outcome, disposition, offers, no_answers, wait_seconds, talk_seconds,
                hold_seconds, transferred, direction)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (id) do update set queue_id = excluded.queue_id, queue_code = excluded.queue_code,
                status = excluded.status, routed_at = excluded.routed_at, answered_at = excluded.answered_at,
                ended_at = excluded.ended_at, agent_id = excluded.agent_id, outcome = excluded.outcome,
                offers = excluded.offers, no_answers = excluded.no_answers, wait_seconds = excluded.wait_seconds,
                talk_seconds = excluded.talk_seconds, hold_seconds = excluded.hold_seconds,
                transferred = excluded.transferred,
                call_id = coalesce(routing.contact.call_id, excluded.call_id),
                customer_id = coalesce(routing.contact.customer_id, excluded.customer_id)
            """;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final LinkedBlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean running = true;
    private long handedIn;
    private long written;

    RoutingJournal(JdbcTemplate jdbc, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.writer = new Thread(this::run, "routing-journal");
        writer.setDaemon(true);
        writer.start();
    }

    /** Completes (on the writer's thread) after the batch holding it and everything before it is committed. */
    private record Committed(CompletableFuture<Void> done) {
    }

    /** Hands the effects of one decision in; returns at once. Called on the router's thread only. */
    void append(List<?> effects) {
        if (effects.isEmpty()) {
            return;
        }
        synchronized (this) {
            handedIn += effects.size();
        }
        inbox.addAll(effects);
    }

    /** What the journal keeps of a router effect; null for call control only (ring, withdraw, callback). */
    static Object entryOf(Effect effect) {
        if (effect instanceof Effect.Offer offer) {
            var contact = offer.contact();
            // routed once: at the first offer, and for ring-all only with the first of the agents rung together
            boolean first = contact.offers == 1
                    && (contact.offeredTo.isEmpty() || contact.offeredTo.iterator().next() == offer.agent());
            return first ? new ContactRouted(contact.id, contact.queue.rules.code(), offer.agent().id, contact.customerId,
                    contact.routedAt) : null;
        }
        return effect instanceof Effect.StateChanged || effect instanceof Effect.ContactChanged
                || effect instanceof Effect.WrappedUp ? effect : null;
    }

    /** How many entries were handed in so far: the engine compares it to see whether a request changed anything. */
    synchronized long handedIn() {
        return handedIn;
    }

    /**
     * A future completed once everything appended before this call is committed, or completed exceptionally if the
     * database refused its batch for good. Called on the router's thread, after the {@link #append} it waits for.
     */
    CompletableFuture<Void> committed() {
        var done = new CompletableFuture<Void>();
        if (!running) {
            done.completeExceptionally(new IllegalStateException("the routing journal is closed"));
            return done;
        }
        synchronized (this) {
            handedIn++;
        }
        inbox.add(new Committed(done));
        return done;
    }

    /** Waits until everything appended so far is committed. */
    void flush() {
        long target;
        synchronized (this) {
            target = handedIn;
        }
        synchronized (this) {
            while (written < target && running) {
                try {
                    wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void run() {
        var batch = new ArrayList<Object>(BATCH);
        while (running || !inbox.isEmpty()) {
            try {
                var first = inbox.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                inbox.drainTo(batch, BATCH - 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            RuntimeException refused = writeRetrying(batch);
            for (var item : batch) {
                if (item instanceof Committed committed) {
                    if (refused == null) {
                        committed.done().complete(null);
                    } else {
                        committed.done().completeExceptionally(refused);
                    }
                }
            }
            synchronized (this) {
                written += batch.size();
                notifyAll();
            }
            batch.clear();
        }
    }

    /**
     * Writes the batch; while PostgreSQL is unreachable, retries the same batch every second (in place: putting it
     * back behind newer entries would let an older snapshot of a contact overwrite a newer one). Returns the error of
     * a batch the database refuses for good, which is dropped: it would otherwise block every later change.
     */
    private RuntimeException writeRetrying(List<Object> batch) {
        while (true) {
            try {
                write(batch);
                return null;
            } catch (org.springframework.dao.TransientDataAccessException
                     | org.springframework.dao.DataAccessResourceFailureException e) {
                log.error("routing journal: a batch of {} changes failed; retrying in 1 s", batch.size(), e);
                if (!running || !sleepQuietly()) {
                    return e;
                }
            } catch (RuntimeException e) {
                log.error("routing journal: dropping a batch of {} changes the database refused", batch.size(), e);
                return e;
            }
        }
    }

    private void write(List<Object> batch) {
        var contacts = new LinkedHashMap<UUID, ContactSnapshot>();
        var states = new ArrayList<Effect.StateChanged>();
        var wrapUps = new ArrayList<Object[]>();
        var published = new ArrayList<Object>();
        for (var item : batch) {
            if (item instanceof Effect.ContactChanged changed) {
                var snapshot = changed.contact();
                contacts.remove(snapshot.id());
                contacts.put(snapshot.id(), snapshot);
                if (snapshot.status() == ContactStatus.ENDED) {
                    published.add(ended(snapshot));
                    if (snapshot.outcome() == Outcome.ABANDONED) {
                        published.add(new ContactAbandoned(snapshot.id(), snapshot.queueCode(),
                                snapshot.callerNumber(), snapshot.customerId(),
                                seconds(snapshot.waitingSince(), snapshot.endedAt()), snapshot.endedAt()));
                    }
                }
            } else if (item instanceof Effect.WrappedUp wrappedUp) {
                wrapUps.add(new Object[]{wrappedUp.seconds(), wrappedUp.contactId()});
            } else if (item instanceof ContactRouted routed) {
                published.add(routed);
            } else if (item instanceof Effect.StateChanged changed) {
                states.add(changed);
                published.add(new AgentStateChanged(changed.agentId(), changed.username(), changed.from(),
                        changed.to(), changed.reasonCode(), changed.at()));
            }
        }
        transactions.executeWithoutResult(status -> {
            if (!contacts.isEmpty()) {
                jdbc.batchUpdate(UPSERT_CONTACT, contacts.values().stream().map(RoutingJournal::row).toList());
            }
            if (!wrapUps.isEmpty()) {       // after the upserts: the ended contact may be in this very batch
                jdbc.batchUpdate("update routing.contact set wrap_up_seconds = ? where id = ?", wrapUps);
            }
            if (!states.isEmpty()) {
                jdbc.batchUpdate("insert into routing.agent_state_history (user_id, state, reason, started_at) "
                        + "values (?, ?, ?, ?)", states.stream().map(s -> new Object[]{s.agentId(), s.to().name(),
                        s.reasonCode(), Timestamp.from(s.at())}).toList());
                var latest = new LinkedHashMap<Long, Effect.StateChanged>();
                states.forEach(s -> latest.put(s.agentId(), s));
                jdbc.batchUpdate("""
                        insert into routing.agent_state (user_id, username, state, reason, since) values (?, ?, ?, ?, ?)
                        on conflict (user_id) do update set username = excluded.username, state = excluded.state,
                            reason = excluded.reason, since = excluded.since
                        """, latest.values().stream().map(s -> new Object[]{s.agentId(), s.username(),
                        s.to().name(), s.reasonCode(), Timestamp.from(s.at())}).toList());
            }
            published.forEach(events::publishEvent);
        });
    }

    private static ContactEnded ended(ContactSnapshot c) {
        return new ContactEnded(c.id(), c.queueCode(), c.outcome(), c.agentId(), c.customerId(), c.workOrderId(),
                c.callerNumber(), c.answeredAt() == null ? null : seconds(c.answeredAt(), c.endedAt()), c.endedAt());
    }

    private static Object[] row(ContactSnapshot c) {
        return new Object[]{c.id(), c.channel().name(), c.queueId(), c.queueCode(), c.status().name(), c.callId(),
                c.legId(), c.callerNumber(), c.calledNumber(), c.priority(), typed(c.customerId()),
                typed(c.workOrderId()), ts(c.arrivedAt()), ts(c.waitingSince()), ts(c.routedAt()),
                ts(c.answeredAt()), ts(c.endedAt()), typed(c.agentId()),
                c.outcome() == null ? null : c.outcome().name(), c.disposition(), c.offers(), c.noAnswers(),
                c.answeredAt() != null ? (Double) seconds(c.waitingSince(), c.answeredAt())
                        : c.endedAt() != null ? (Double) seconds(c.waitingSince(), c.endedAt()) : null,
                c.answeredAt() != null && c.endedAt() != null ? (Double) seconds(c.answeredAt(), c.endedAt()) : null,
                c.holdSeconds(), c.transferred(), c.outbound() ? "OUTBOUND" : "INBOUND"};
    }

    private static Object typed(Long value) {
        return value == null ? new org.springframework.jdbc.core.SqlParameterValue(Types.BIGINT, null) : value;
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    private static boolean sleepQuietly() {
        try {
            Thread.sleep(1000);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        flush();
        running = false;
        writer.interrupt();
    }
}
