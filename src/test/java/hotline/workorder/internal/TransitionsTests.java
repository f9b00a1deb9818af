package hotline.workorder.internal;

import hotline.platform.ConflictException;
import hotline.workorder.Action;
import hotline.workorder.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static hotline.workorder.Status.ACCEPTED;
import static hotline.workorder.Status.ARCHIVED;
import static hotline.workorder.Status.CALLED_BACK;
import static hotline.workorder.Status.DISPATCHED;
import static hotline.workorder.Status.IN_PROGRESS;
import static hotline.workorder.Status.REPLIED;
import static hotline.workorder.Status.RETURNED;
import static hotline.workorder.Status.SIGNED_OFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole transition table, cell by cell, against the loop as the hotline rules describe it. */
class TransitionsTests {

    /** action → status → targets; every cell not listed must be refused. */
    static final Map<Action, Map<Status, Set<Status>>> EXPECTED = new EnumMap<>(Action.class);

    static {
        expect(Action.DISPATCH, Set.of(DISPATCHED), ACCEPTED, RETURNED);
        expect(Action.REDISPATCH, Set.of(DISPATCHED), DISPATCHED, SIGNED_OFF, IN_PROGRESS);
        expect(Action.SIGN_OFF, Set.of(SIGNED_OFF), DISPATCHED);
        expect(Action.START, Set.of(IN_PROGRESS), SIGNED_OFF);
        expect(Action.RETURN, Set.of(RETURNED), DISPATCHED, SIGNED_OFF, IN_PROGRESS);
        expect(Action.REPLY, Set.of(REPLIED), SIGNED_OFF, IN_PROGRESS);
        expect(Action.RESOLVE_ON_SPOT, Set.of(REPLIED, ARCHIVED), ACCEPTED);
        expect(Action.CALLBACK, Set.of(CALLED_BACK, REPLIED, ARCHIVED), REPLIED);
        expect(Action.REOPEN, Set.of(DISPATCHED, ACCEPTED), REPLIED, CALLED_BACK);
        expect(Action.ARCHIVE, Set.of(ARCHIVED), CALLED_BACK, REPLIED);
        expect(Action.MERGE, Set.of(ARCHIVED), ACCEPTED, DISPATCHED, SIGNED_OFF, IN_PROGRESS, RETURNED, REPLIED, CALLED_BACK);
        for (Action stays : EnumSet.of(Action.ESCALATE, Action.URGE, Action.SUPERVISE, Action.NOTE, Action.LINK)) {
            for (Status s : EnumSet.complementOf(EnumSet.of(ARCHIVED))) {
                EXPECTED.computeIfAbsent(stays, a -> new EnumMap<>(Status.class)).put(s, Set.of(s));
            }
        }
        for (Action stays : EnumSet.of(Action.REQUEST_EXTENSION, Action.DECIDE_EXTENSION)) {
            for (Status s : EnumSet.of(DISPATCHED, SIGNED_OFF, IN_PROGRESS)) {
                EXPECTED.computeIfAbsent(stays, a -> new EnumMap<>(Status.class)).put(s, Set.of(s));
            }
        }
        for (Status s : EnumSet.of(ACCEPTED, RETURNED)) {
            EXPECTED.computeIfAbsent(Action.EDIT, a -> new EnumMap<>(Status.class)).put(s, Set.of(s));
        }
    }

    static void expect(Action action, Set<Status> targets, Status... from) {
        for (Status s : from) {
            EXPECTED.computeIfAbsent(action, a -> new EnumMap<>(Status.class)).put(s, targets);
        }
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void everyCellOfTheTableIsAsTheLoopRequires(Action action) {
        for (Status from : Status.values()) {
            Set<Status> expected = EXPECTED.getOrDefault(action, Map.of()).getOrDefault(from, Set.of());
            assertThat(Transitions.allowed(action, from)).as("%s from %s", action, from).isEqualTo(!expected.isEmpty());
            assertThat(Transitions.targets(action, from)).as("%s from %s", action, from)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void nothingHappensToAnArchivedOrder(Action action) {
        assertThat(Transitions.allowed(action, ARCHIVED)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void refusalNamesTheActionTheOrderAndItsStatus() {
        assertThatThrownBy(() -> Transitions.check(Action.SIGN_OFF, ARCHIVED, "GD20261124000001"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("cannot sign-off: work order GD20261124000001 is ARCHIVED")
                .satisfies(e -> assertThat(((ConflictException) e).details())
                        .containsEntry("currentStatus", "ARCHIVED").containsEntry("action", "sign-off"));
    }

    @org.junit.jupiter.api.Test
    void theButtonsOfAStatusAreTheActionsItAllows() {
        assertThat(Transitions.actionsIn(DISPATCHED)).contains(Action.SIGN_OFF, Action.RETURN, Action.REDISPATCH)
                .doesNotContain(Action.REPLY, Action.ARCHIVE, Action.DISPATCH);
        assertThat(Transitions.actionsIn(ARCHIVED)).isEmpty();
    }
}
