package hotline.platform.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Server-sent events for live views (wallboard, agent desktop, notifications).
 *
 * <p>Publishers never wait for browsers: an event is queued per subscriber and written by a small pool of sender
 * threads, so a slow or dead connection delays nobody else. A subscriber's queue is bounded; when it overflows the
 * oldest events are dropped and the stream is told to refresh, since live views carry snapshots, not a ledger.
 * Every stream gets a heartbeat so proxies keep it open and dead clients are found. In a cluster,
 * {@link ClusterRelay} carries events between nodes through PostgreSQL {@code LISTEN/NOTIFY}.
 */
@Component
public class LiveEvents implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveEvents.class);
    static final int QUEUE_LIMIT = 256;
    private static final String HEARTBEAT = "heartbeat";

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ExecutorService senders;
    private final ScheduledExecutorService heartbeat;
    private final JsonMapper json;
    private final Clock clock;
    private volatile Consumer<LiveEvent> relay = event -> { };

    LiveEvents(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
        var counter = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(8, r -> {
            var thread = new Thread(r, "live-sender-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "live-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(this::beat, 15, 15, TimeUnit.SECONDS);
    }

    /** Delivers to this node's subscribers and, in a cluster, to the other nodes'. */
    public void publish(String topic, String name, Object payload) {
        var event = new LiveEvent(topic, name, json.writeValueAsString(payload), clock.millis());
        deliverLocally(event);
        relay.accept(event);
    }

    /**
     * Opens a stream for the given topics. {@code accept} narrows further (data scope: e.g. an agent sees only their
     * own events); {@code initial} sends the current state first, so a reconnecting browser is never stale.
     */
    public SseEmitter subscribe(Set<String> topics, Predicate<LiveEvent> accept, Consumer<Initial> initial) {
        var emitter = new SseEmitter(Duration.ofHours(12).toMillis());
        var subscriber = new Subscriber(emitter, topics, accept);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(e -> subscribers.remove(subscriber));
        subscribers.add(subscriber);
        initial.accept((name, payload) -> subscriber.offer(
                new LiveEvent("", name, json.writeValueAsString(payload), clock.millis()), this));
        return emitter;
    }

    /** Sends the current state to a new stream. */
    @FunctionalInterface
    public interface Initial {
        void send(String name, Object payload);
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    void deliverLocally(LiveEvent event) {
        for (Subscriber subscriber : subscribers) {
            if (subscriber.topics.contains(event.topic()) && subscriber.accept.test(event)) {
                subscriber.offer(event, this);
            }
        }
    }

    void relayTo(Consumer<LiveEvent> relay) {
        this.relay = relay;
    }

    private void beat() {
        for (Subscriber subscriber : subscribers) {
            subscriber.offer(new LiveEvent("", HEARTBEAT, "", clock.millis()), this);
        }
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
        senders.shutdownNow();
        subscribers.forEach(s -> s.emitter.complete());
    }

    private static final class Subscriber {
        final SseEmitter emitter;
        final Set<String> topics;
        final Predicate<LiveEvent> accept;
        final ArrayDeque<LiveEvent> queue = new ArrayDeque<>();
        boolean draining;
        boolean overflowed;

        Subscriber(SseEmitter emitter, Set<String> topics, Predicate<LiveEvent> accept) {
            this.emitter = emitter;
            this.topics = Set.copyOf(topics);
            this.accept = accept;
        }

        void offer(LiveEvent event, LiveEvents owner) {
            synchronized (this) {
                if (queue.size() >= QUEUE_LIMIT) {
                    queue.pollFirst();
                    overflowed = true;
                }
                queue.addLast(event);
                if (draining) {
                    return;
                }
                draining = true;
            }
            try {
                owner.senders.execute(() -> drain(owner));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                synchronized (this) {
                    draining = false;
                }
            }
        }

        private void drain(LiveEvents owner) {
            while (true) {
                LiveEvent next;
                boolean refresh;
                synchronized (this) {
                    next = queue.pollFirst();
                    refresh = overflowed;
                    overflowed = false;
                    if (next == null) {
                        draining = false;
                        return;
                    }
                }
                try {
                    if (refresh) {
                        emitter.send(SseEmitter.event().name("refresh").data("{}"));
                    }
                    if (HEARTBEAT.equals(next.name())) {
                        emitter.send(SseEmitter.event().comment("heartbeat"));
                    } else {
                        // the id carries the publication time, so a client can measure how late it is
                        emitter.send(SseEmitter.event().id(Long.toString(next.publishedAtMillis()))
                                .name(next.name()).data(next.json()));
                    }
                } catch (IOException | IllegalStateException e) {
                    owner.subscribers.remove(this);
                    synchronized (this) {
                        queue.clear();
                        draining = false;
                    }
                    log.debug("live stream closed: {}", e.getMessage());
                    return;
                }
            }
        }
    }
}
