package hotline.telephony;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadFactory;

/**
 * The time and the single thread of a telephony engine: events are delivered on it, and timers scheduled on it run on
 * it, one task at a time. Real time for the running application; {@link VirtualTimekeeper} for tests and benchmarks,
 * where the test moves time and a simulated day runs in seconds. Consumers (routing's in-memory timers) may schedule
 * on the engine's timekeeper to stay on the same thread and the same timeline as the events they react to.
 */
public interface Timekeeper {

    Instant now();

    /** Runs {@code task} on the timekeeper's thread after {@code delay} (zero: after the tasks already due). */
    Scheduled schedule(Duration delay, Runnable task);

    /** Runs {@code task} on the timekeeper's thread as soon as possible. */
    default void execute(Runnable task) {
        schedule(Duration.ZERO, task);
    }

    /** A task that may still be cancelled. */
    @FunctionalInterface
    interface Scheduled {
        Scheduled NONE = () -> false;

        /** Cancels the task; false if it already ran or was cancelled. */
        boolean cancel();
    }

    /** Real time from {@code clock}, on one daemon thread made by {@code threads}. Close it to stop the thread. */
    static RealTimekeeper realTime(Clock clock, ThreadFactory threads) {
        return new RealTimekeeper(clock, threads);
    }

    /** Virtual time starting at {@code start}; nothing runs until the test advances it. */
    static VirtualTimekeeper virtual(Instant start) {
        return new VirtualTimekeeper(start);
    }
}
