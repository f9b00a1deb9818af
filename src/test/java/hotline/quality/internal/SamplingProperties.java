package hotline.quality.internal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The weekly spread and the inspector balancing as properties (ADR 0082). */
class SamplingProperties {

    static Map<Long, List<Integer>> week(List<@IntRange(min = 0, max = 80) Integer> counts) {
        var byAgent = new LinkedHashMap<Long, List<Integer>>();
        for (int a = 0; a < counts.size(); a++) {
            var contacts = new ArrayList<Integer>();
            for (int c = 0; c < counts.get(a); c++) {
                contacts.add(a * 1000 + c);
            }
            byAgent.put((long) a + 1, contacts);
        }
        return byAgent;
    }

    @Property
    void picksThePercentageOfEachAgentFromTheirOwnContacts(
            @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 0, max = 80) Integer> counts,
            @ForAll @DoubleRange(min = 0.5, max = 100) double percent, @ForAll long seed) {
        var byAgent = week(counts);
        var picked = Spread.pick(byAgent, percent, null, seed);
        byAgent.forEach((agent, contacts) -> {
            var mine = picked.getOrDefault(agent, List.of());
            int expected = contacts.isEmpty() ? 0 : Math.max(1, (int) Math.ceil(contacts.size() * percent / 100 - 1e-9));
            assertThat(mine).hasSize(Math.min(expected, contacts.size()));
            assertThat(contacts).containsAll(mine);
            assertThat(Set.copyOf(mine)).hasSameSizeAs(mine);
        });
        assertThat(Spread.pick(byAgent, percent, null, seed)).isEqualTo(picked);
    }

    @Property
    void aCapIsSharedEvenlyAcrossAgents(
            @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 5, max = 80) Integer> counts,
            @ForAll @IntRange(min = 1, max = 60) int cap, @ForAll long seed) {
        var byAgent = week(counts);
        var picked = Spread.pick(byAgent, 50, cap, seed);
        var quotas = Spread.pick(byAgent, 50, null, seed);
        int total = picked.values().stream().mapToInt(List::size).sum();
        int uncapped = quotas.values().stream().mapToInt(List::size).sum();
        assertThat(total).isEqualTo(Math.min(cap, uncapped));
        // an agent below their own quota has at most one fewer pick than anybody else
        for (var a : byAgent.keySet()) {
            int mine = picked.getOrDefault(a, List.of()).size();
            if (mine < quotas.get(a).size()) {
                for (var b : byAgent.keySet()) {
                    assertThat(picked.getOrDefault(b, List.of()).size()).isLessThanOrEqualTo(mine + 1);
                }
            }
        }
    }

    @Property
    void picksAreSpreadOverTheWeek(@ForAll @IntRange(min = 10, max = 500) int n,
                                   @ForAll @IntRange(min = 1, max = 10) int count, @ForAll long seed) {
        var contacts = new ArrayList<Integer>();
        for (int i = 0; i < n; i++) {
            contacts.add(i);
        }
        var picked = Spread.spaced(contacts, count, new java.util.Random(seed));
        double stride = (double) n / count;
        for (int i = 0; i < picked.size(); i++) {
            // the i-th pick lies in the i-th of count equal slices of the week
            assertThat(picked.get(i)).isBetween((int) Math.floor(i * stride), (int) Math.ceil((i + 1) * stride));
        }
    }

    @Property
    void assignmentsKeepInspectorsBalanced(
            @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 0, max = 30) Integer> initial,
            @ForAll @IntRange(min = 0, max = 200) int assignments) {
        var load = new HashMap<Long, Long>();
        for (int i = 0; i < initial.size(); i++) {
            load.put((long) i + 1, (long) initial.get(i));
        }
        long spreadBefore = spread(load);
        for (int i = 0; i < assignments; i++) {
            long chosen = Balancer.choose(load, Set.of()).orElseThrow();
            long min = load.values().stream().mapToLong(l -> l).min().orElseThrow();
            assertThat(load.get(chosen)).isEqualTo(min);
            load.merge(chosen, 1L, Long::sum);
        }
        assertThat(spread(load)).isLessThanOrEqualTo(Math.max(1, spreadBefore));
        assertThat(load.values().stream().mapToLong(l -> l).sum())
                .isEqualTo(initial.stream().mapToLong(i -> i).sum() + assignments);
    }

    @Property
    void neverAssignsTheAgentTheirOwnContact(@ForAll @IntRange(min = 1, max = 5) long agent) {
        var load = new HashMap<Long, Long>(Map.of(1L, 5L, 2L, 0L, 3L, 0L, 4L, 9L, 5L, 1L));
        assertThat(Balancer.choose(load, Set.of(agent)).orElseThrow()).isNotEqualTo(agent);
        assertThat(Balancer.choose(Map.of(agent, 0L), Set.of(agent))).isEmpty();
    }

    private static long spread(Map<Long, Long> load) {
        return load.values().stream().mapToLong(l -> l).max().orElse(0)
                - load.values().stream().mapToLong(l -> l).min().orElse(0);
    }
}
