package hotline.telephony.support;

import hotline.telephony.TelephonyEvent;
import hotline.telephony.TelephonyEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The in-memory event stream every adapter publishes on. An event published while another is being delivered (the
 * IVR publishing {@code CallQueued} from its listener) is queued and delivered after it, so every subscriber sees one
 * and the same order. A throwing listener is logged and skipped.
 */
public final class EventBus implements TelephonyEvents {

    private static final Logger log = LoggerFactory.getLogger(EventBus.class);

    private final CopyOnWriteArrayList<Registration<?>> registrations = new CopyOnWriteArrayList<>();
    private final ArrayDeque<TelephonyEvent> pending = new ArrayDeque<>();
    private boolean delivering;

    private record Registration<E extends TelephonyEvent>(Class<E> type, Consumer<? super E> listener) {
        void offer(TelephonyEvent event) {
            if (type.isInstance(event)) {
                try {
                    listener.accept(type.cast(event));
                } catch (RuntimeException e) {
                    log.warn("telephony listener {} failed on {}", listener, event, e);
                }
            }
        }
    }

    @Override
    public <E extends TelephonyEvent> Subscription subscribe(Class<E> type, Consumer<? super E> listener) {
        var registration = new Registration<E>(Objects.requireNonNull(type), Objects.requireNonNull(listener));
        registrations.add(registration);
        return () -> registrations.remove(registration);
    }

    /** Delivers {@code event} to every subscriber, or queues it behind the event being delivered. */
    public void publish(TelephonyEvent event) {
        synchronized (pending) {
            pending.add(event);
            if (delivering) {
                return;
            }
            delivering = true;
        }
        try {
            while (true) {
                TelephonyEvent next;
                synchronized (pending) {
                    next = pending.poll();
                    if (next == null) {
                        delivering = false;
                        return;
                    }
                }
                for (var registration : registrations) {
                    registration.offer(next);
                }
            }
        } catch (Error e) {
            synchronized (pending) {
                pending.clear();
                delivering = false;
            }
            throw e;
        }
    }
}
