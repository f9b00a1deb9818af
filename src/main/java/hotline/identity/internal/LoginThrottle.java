package hotline.identity.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code maxFailures} failed sign-ins for one account, or from one address, within
 * the window, further attempts are refused until the window has passed. Per node; a cluster multiplies the budget
 * by its node count, which still stops guessing at scale.
 */
@Component
class LoginThrottle {

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;

    LoginThrottle(@Value("${hotline.login.max-failures:5}") int maxFailures,
                  @Value("${hotline.login.lock-window:PT15M}") Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    boolean blocked(String username, String address) {
        return count("user:" + normalize(username)) >= maxFailures || count("ip:" + address) >= maxFailures * 4;
    }

    void failed(String username, String address) {
        add("user:" + normalize(username));
        add("ip:" + address);
    }

    void succeeded(String username) {
        failures.remove("user:" + normalize(username));
    }

    private int count(String key) {
        var attempts = failures.get(key);
        if (attempts == null) {
            return 0;
        }
        synchronized (attempts) {
            prune(attempts);
            return attempts.size();
        }
    }

    private void add(String key) {
        var attempts = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (attempts) {
            prune(attempts);
            attempts.addLast(clock.instant());
        }
        if (failures.size() > 100_000) {
            failures.entrySet().removeIf(e -> count(e.getKey()) == 0);
        }
    }

    private void prune(Deque<Instant> attempts) {
        Instant cutoff = clock.instant().minus(window);
        while (!attempts.isEmpty() && attempts.peekFirst().isBefore(cutoff)) {
            attempts.removeFirst();
        }
    }

    private static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase();
    }
}
