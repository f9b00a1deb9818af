package hotline.quality.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the inspector for a new assignment (ADR 0082): the one with the fewest open assignments, ties broken by
 * the lowest id so the choice is repeatable; never the contact's own agent. The caller adds one to the chosen load.
 */
final class Balancer {

    private Balancer() {
    }

    static Optional<Long> choose(Map<Long, Long> openLoad, Set<Long> excluded) {
        Long best = null;
        long bestLoad = Long.MAX_VALUE;
        for (var entry : openLoad.entrySet()) {
            if (excluded.contains(entry.getKey())) {
                continue;
            }
            long load = entry.getValue();
            if (load < bestLoad || (load == bestLoad && entry.getKey() < best)) {
                best = entry.getKey();
                bestLoad = load;
            }
        }
        return Optional.ofNullable(best);
    }
}
