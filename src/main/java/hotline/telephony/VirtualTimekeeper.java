package hotline.telephony;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

/**
 * Virtual time for tests and benchmarks: tasks run only when the driver advances time, in the thread that advances
 * it, in order of due time and then of scheduling, so a seeded simulation replays identically. Time jumps from one
 * task to the next, which is how a simulated day runs in seconds. Thread-safe for scheduling; advance from one thread.
 */
public final class VirtualTimekeeper implements Timekeeper {

    private final PriorityQueue<Task> tasks = new PriorityQueue<>();
    private volatile Instant now;
    private long sequence;
    private int cancelled;

    VirtualTimekeeper(Instant start) {
        this.now = start;
    }

    private final class Task implements Comparable<Task>, Scheduled {
        final Instant due;
        final long order;
        final Runnable work;
        boolean done;

        Task(Instant due, long order, Runnable work) {
            this.due = due;
            this.order = order;
            this.work = work;
        }

        @Override
        public int compareTo(Task other) {
            int byTime = due.compareTo(other.due);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }

        @Override
        public boolean cancel() {
            synchronized (VirtualTimekeeper.this) {
                if (done) {
                    return false;
                }
                done = true;
                // Cancelled tasks stay queued until due (O(log n) instead of O(n) removal) unless they pile up.
                if (++cancelled > 1024 && cancelled > tasks.size() / 2) {
                    tasks.removeIf(t -> t.done);
                    cancelled = 0;
                }
                return true;
            }
        }
    }

    @Override
    public Instant now() {
        return now;
    }

    /** A {@link Clock} that reads this virtual time. */
    public Clock clock(ZoneId zone) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return clock(other);
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    public Clock clock() {
        return clock(ZoneOffset.UTC);
    }

    @Override
    public synchronized Scheduled schedule(Duration delay, Runnable task) {
        var entry = new Task(now.plus(delay.isNegative() ? Duration.ZERO : delay), sequence++, task);
        tasks.add(entry);
        return entry;
    }

    /** Runs every task due up to {@code now + duration}, then sets the time there. */
    public void advanceBy(Duration duration) {
        advanceTo(now.plus(duration));
    }

    /** Runs every task due up to {@code instant}, then sets the time there. */
    public void advanceTo(Instant instant) {
        while (runNext(instant)) {
            // keep going
        }
        if (instant.isAfter(now)) {
            now = instant;
        }
    }

    /** Runs the tasks already due, without moving time. */
    public void runDue() {
        advanceTo(now);
    }

    /**
     * Runs tasks one by one until {@code condition} holds or the next task is due after {@code deadline} (then the time
     * is set to the deadline). Returns whether the condition holds.
     */
    public boolean runUntil(BooleanSupplier condition, Instant deadline) {
        while (!condition.getAsBoolean()) {
            if (!runNext(deadline)) {
                if (deadline.isAfter(now)) {
                    now = deadline;
                }
                return condition.getAsBoolean();
            }
        }
        return true;
    }

    /** Runs the next task if it is due by {@code limit}; false if there is none. */
    public boolean runNext(Instant limit) {
        Task next;
        synchronized (this) {
            while ((next = tasks.peek()) != null && next.done) {
                tasks.poll();
                cancelled = Math.max(0, cancelled - 1);
            }
            if (next == null || next.due.isAfter(limit)) {
                return false;
            }
            tasks.poll();
            next.done = true;
            if (next.due.isAfter(now)) {
                now = next.due;
            }
        }
        next.work.run();
        return true;
    }

    /** Tasks waiting (cancelled ones not yet purged included): for tests of bounded memory. */
    public synchronized int pending() {
        return (int) tasks.stream().filter(t -> !t.done).count();
    }
}
