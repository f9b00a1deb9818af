package hotline.quality.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The weekly percentage sample (ADR 0082), deterministic for a seed: each agent's quota is the percentage of their
 * contacts rounded up (at least one when they had any); a weekly cap is shared out evenly across agents, round-robin
 * in a seeded order, so no agent gets two more than another. Within an agent's week the picks are evenly spaced over
 * the contacts in time order from a seeded offset, so they spread over the days instead of clustering.
 */
final class Spread {

    private Spread() {
    }

    /**
     * @param contactsByAgent each agent's contacts of the week, oldest first
     * @return the chosen contacts per agent, oldest first
     */
    static <T> Map<Long, List<T>> pick(Map<Long, List<T>> contactsByAgent, double percent, Integer cap, long seed) {
        var quotas = new TreeMap<Long, Integer>();
        contactsByAgent.forEach((agent, contacts) -> {
            int n = contacts.size();
            int q = percent <= 0 || n == 0 ? 0 : Math.min(n, Math.max(1, (int) Math.ceil(n * percent / 100.0 - 1e-9)));
            quotas.put(agent, q);
        });
        if (cap != null && quotas.values().stream().mapToInt(Integer::intValue).sum() > cap) {
            quotas.replaceAll(shareOut(quotas, cap, seed));
        }
        var chosen = new LinkedHashMap<Long, List<T>>();
        quotas.forEach((agent, q) -> {
            if (q > 0) {
                chosen.put(agent, spaced(contactsByAgent.get(agent), q, new Random(seed * 31 + agent)));
            }
        });
        return chosen;
    }

    private static java.util.function.BiFunction<Long, Integer, Integer> shareOut(Map<Long, Integer> quotas, int cap,
                                                                               long seed) {
        var order = new ArrayList<>(quotas.keySet());
        java.util.Collections.shuffle(order, new Random(seed));
        var granted = new TreeMap<Long, Integer>();
        order.forEach(agent -> granted.put(agent, 0));
        int left = cap;
        boolean progress = true;
        while (left > 0 && progress) {
            progress = false;
            for (Long agent : order) {
                if (left > 0 && granted.get(agent) < quotas.get(agent)) {
                    granted.merge(agent, 1, Integer::sum);
                    left--;
                    progress = true;
                }
            }
        }
        return (agent, q) -> granted.get(agent);
    }

    static <T> List<T> spaced(List<T> contacts, int count, Random random) {
        int n = contacts.size();
        double stride = (double) n / count;
        double offset = random.nextDouble() * stride;
        var picked = new ArrayList<T>(count);
        for (int i = 0; i < count; i++) {
            picked.add(contacts.get(Math.min(n - 1, (int) Math.floor(offset + i * stride))));
        }
        return picked;
    }
}
