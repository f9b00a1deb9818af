package hotline.telephony;

import java.util.function.Consumer;

/**
 * The in-memory stream of {@link TelephonyEvent}s of the active engine. Listeners run on the engine's event thread,
 * one event at a time and in order: they must be quick and must not block (no database calls, no waiting on a
 * command's stage) — hand slow work to an executor. Commands issued from a listener are fine: they run after the
 * listener returns. A listener that throws is logged; the others still get the event. Subscribing replays nothing.
 */
public interface TelephonyEvents {

    /** Every event. */
    default Subscription subscribe(Consumer<? super TelephonyEvent> listener) {
        return subscribe(TelephonyEvent.class, listener);
    }

    /** Events of one type, including its subtypes ({@code LegEnded.class} gets hangups and failed originates). */
    <E extends TelephonyEvent> Subscription subscribe(Class<E> type, Consumer<? super E> listener);

    /** Ends a subscription; events being delivered at that moment may still reach the listener once. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
