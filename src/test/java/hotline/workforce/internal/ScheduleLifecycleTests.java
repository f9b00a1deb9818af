package hotline.workforce.internal;

import hotline.platform.ConflictException;
import hotline.workforce.Schedules.Status;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole transition table of a schedule. */
class ScheduleLifecycleTests {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "DRAFT, SOLVING, true", "DRAFT, SOLVED, false", "DRAFT, PUBLISHED, false", "DRAFT, WITHDRAWN, false",
            "SOLVING, SOLVED, true", "SOLVING, DRAFT, true", "SOLVING, PUBLISHED, false", "SOLVING, WITHDRAWN, false",
            "SOLVED, SOLVING, true", "SOLVED, PUBLISHED, true", "SOLVED, DRAFT, false", "SOLVED, WITHDRAWN, false",
            "PUBLISHED, WITHDRAWN, true", "PUBLISHED, SOLVING, false", "PUBLISHED, DRAFT, false", "PUBLISHED, SOLVED, false",
            "WITHDRAWN, DRAFT, false", "WITHDRAWN, SOLVING, false", "WITHDRAWN, SOLVED, false", "WITHDRAWN, PUBLISHED, false"})
    void transitionTable(Status from, Status to, boolean allowed) {
        assertThat(ScheduleLifecycle.allows(from, to)).isEqualTo(allowed);
    }

    @Property
    void anIllegalMoveIsRefusedNamingTheStateAndTheAction(@ForAll Status from, @ForAll Status to) {
        if (ScheduleLifecycle.allows(from, to)) {
            ScheduleLifecycle.check(1, from, to, "move");
        } else {
            assertThatThrownBy(() -> ScheduleLifecycle.check(1, from, to, "move"))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining(from.name()).hasMessageContaining("move");
        }
    }

    @Property
    void nothingLeadsBackOutOfWithdrawnAndNoStateLoopsToItself(@ForAll Status from) {
        assertThat(ScheduleLifecycle.allows(Status.WITHDRAWN, from)).isFalse();
        assertThat(ScheduleLifecycle.allows(from, from)).isFalse();
    }
}
