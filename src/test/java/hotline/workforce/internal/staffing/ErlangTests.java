package hotline.workforce.internal.staffing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Erlang B and C against published table values and exact fractions; Erlang A against its reference sums. */
class ErlangTests {

    /** The Erlang B table at 1 % blocking (traffic each trunk group carries), as printed in teletraffic handbooks. */
    @ParameterizedTest
    @CsvSource({"10, 4.461", "20, 12.031", "50, 37.901", "100, 84.064"})
    void erlangBMatchesThePublishedOnePercentTable(int trunks, double erlangs) {
        assertThat(Erlang.erlangB(trunks, erlangs)).isCloseTo(0.01, within(2e-5));
    }

    /** The textbook Erlang C example: 100 calls in 30 minutes, 180 s handle time, 10 Erlangs. */
    @ParameterizedTest
    @CsvSource({"11, 0.6821", "12, 0.4494", "13, 0.2853", "14, 0.1741", "15, 0.1020"})
    void erlangCMatchesThePublishedTableForTenErlangs(int agents, double probabilityOfWaiting) {
        var metrics = Erlang.c(agents, 10, 180, 20);
        assertThat(metrics.probabilityOfWaiting()).isCloseTo(probabilityOfWaiting, within(5e-5));
        assertThat(metrics.serviceLevel())
                .isCloseTo(1 - metrics.probabilityOfWaiting() * Math.exp(-(agents - 10) * 20 / 180.0), within(1e-12));
        assertThat(metrics.averageSpeedOfAnswerSeconds())
                .isCloseTo(metrics.probabilityOfWaiting() * 180 / (agents - 10), within(1e-9));
        assertThat(metrics.occupancy()).isCloseTo(10.0 / agents, within(1e-12));
    }

    @Test
    void erlangCEqualsExactFractions() {
        assertThat(Erlang.erlangC(2, 1)).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(Erlang.erlangC(3, 2)).isCloseTo(4.0 / 9, within(1e-15));
        assertThat(Erlang.erlangC(1, 0.5)).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void textbookExampleNeedsThirteenAgentsForEightyInTwentyAndFourteenForNinety() {
        assertThat(Staffing.erlangC(10, 180, StaffingTarget.serviceLevel(0.8, 20)).agents()).isEqualTo(14);
        assertThat(Staffing.erlangC(10, 180, StaffingTarget.serviceLevel(0.79, 20)).agents()).isEqualTo(13);
        assertThat(Staffing.erlangC(10, 180, StaffingTarget.serviceLevel(0.9, 20)).agents()).isEqualTo(15);
    }

    @ParameterizedTest
    @CsvSource({"1e-6, 1", "0.01, 1", "0.5, 2", "37.3, 45", "812.5, 840", "2500, 2560", "4800, 4890"})
    void erlangCStaysExactFromTinyToThousandsOfErlangs(double load, int agents) {
        for (int n = agents - 2; n <= agents + 2; n++) {
            assertThat(Erlang.erlangC(n, load)).as("C(%d, %s)", n, load)
                    .isCloseTo(ReferenceErlang.erlangC(n, load), within(1e-12));
        }
        var staffed = Staffing.erlangC(load, 240, StaffingTarget.serviceLevel(0.8, 20));
        assertThat(staffed.agents()).isEqualTo(ReferenceErlang.agentsC(load, 240, 0.8, 20));
    }

    @Test
    void anUnstableQueueWaitsForever() {
        var metrics = Erlang.c(10, 10, 180, 20);
        assertThat(metrics.probabilityOfWaiting()).isEqualTo(1);
        assertThat(metrics.serviceLevel()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"8, 0.0555555, 180, 120", "14, 0.0555555, 180, 120", "40, 0.25, 180, 60", "200, 1.2, 180, 300",
            "2000, 12, 170, 90", "3, 0.02, 300, 30"})
    void erlangAWaitAndAbandonMatchTheChainSums(int agents, double lambda, double aht, double patience) {
        var metrics = Erlang.a(agents, lambda, aht, patience, 20);
        var reference = ReferenceErlang.waitAndAbandonA(agents, lambda, aht, patience);
        assertThat(metrics.probabilityOfWaiting()).isCloseTo(reference[0], within(1e-10));
        assertThat(metrics.probabilityOfAbandon()).isCloseTo(reference[1], within(1e-10));
    }

    @ParameterizedTest
    @CsvSource({"12, 10, 180, 20", "108, 100, 200, 15", "2100, 2000, 180, 20"})
    void erlangAWithVeryPatientCallersIsErlangC(int agents, double load, double aht, double target) {
        var a = Erlang.a(agents, load / aht, aht, 1e7, target);
        var c = Erlang.c(agents, load, aht, target);
        assertThat(a.probabilityOfWaiting()).isCloseTo(c.probabilityOfWaiting(), within(1e-4));
        assertThat(a.serviceLevel()).isCloseTo(c.serviceLevel(), within(1e-4));
        assertThat(a.averageSpeedOfAnswerSeconds()).isCloseTo(c.averageSpeedOfAnswerSeconds(),
                within(0.001 * c.averageSpeedOfAnswerSeconds() + 1e-6));
    }

    @Test
    void erlangAHandlesAnOverloadedQueue() {
        // 30 Erlangs offered to 10 agents: most callers abandon, the agents never rest.
        var metrics = Erlang.a(10, 30 / 180.0, 180, 60, 20);
        var reference = ReferenceErlang.waitAndAbandonA(10, 30 / 180.0, 180, 60);
        assertThat(metrics.probabilityOfWaiting()).isCloseTo(reference[0], within(1e-10));
        assertThat(metrics.probabilityOfAbandon()).isCloseTo(reference[1], within(1e-10)).isGreaterThan(0.6);
        assertThat(metrics.occupancy()).isGreaterThan(0.99);
    }

    @Test
    void abandonmentNeedsFewerAgentsThanErlangCForTheSameTarget() {
        var target = StaffingTarget.serviceLevel(0.8, 20);
        int c = Staffing.erlangC(100, 180, target).agents();
        int a = Staffing.erlangA(100 / 180.0, 180, 120, target).agents();
        assertThat(a).isLessThanOrEqualTo(c).isGreaterThan(95);
    }

    @Test
    void shrinkageRaisesTheScheduledCount() {
        assertThat(Staffing.scheduled(14, 0.3)).isEqualTo(20);
        assertThat(Staffing.scheduled(14, 0)).isEqualTo(14);
        assertThat(Staffing.scheduled(10, 0.5)).isEqualTo(20);
    }

    @Test
    void maximumOccupancyCanDecideTheCount() {
        var target = new StaffingTarget(0.5, 20, null, 0.7);
        assertThat(Staffing.erlangC(10, 180, target).agents()).isEqualTo(15);
        var asa = new StaffingTarget(0.0, 20, 5.0, null);
        assertThat(Staffing.erlangC(10, 180, asa).agents()).isEqualTo(15);
    }
}
