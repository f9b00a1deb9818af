package hotline.quality.internal;

import hotline.platform.ConflictException;
import hotline.quality.EvaluationAction;
import hotline.quality.EvaluationStatus;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The evaluation lifecycle's table, checked whole and driven by random scripts of actions (ADR 0081). */
class EvaluationLifecycleProperties {

    @Test
    void theTableIsTheDocumentedOne() {
        assertThat(Transitions.actionsIn(EvaluationStatus.ASSIGNED)).containsExactlyInAnyOrder(EvaluationAction.SAVE,
                EvaluationAction.SUBMIT, EvaluationAction.REASSIGN, EvaluationAction.CANCEL);
        assertThat(Transitions.actionsIn(EvaluationStatus.SUBMITTED)).containsExactlyInAnyOrder(
                EvaluationAction.ACKNOWLEDGE, EvaluationAction.APPEAL, EvaluationAction.CLOSE);
        assertThat(Transitions.actionsIn(EvaluationStatus.APPEALED)).containsExactly(EvaluationAction.ARBITRATE);
        for (var status : EvaluationStatus.values()) {
            assertThat(Transitions.actionsIn(status).isEmpty()).as("%s is final", status).isEqualTo(status.terminal());
        }
    }

    @Test
    void refusalsNameTheActionAndTheStatus() {
        assertThatThrownBy(() -> Transitions.target(EvaluationAction.APPEAL, EvaluationStatus.ACKNOWLEDGED, 42))
                .isInstanceOf(ConflictException.class)
                .hasMessage("cannot appeal: evaluation 42 is ACKNOWLEDGED")
                .satisfies(e -> assertThat(((ConflictException) e).details())
                        .containsEntry("currentStatus", "ACKNOWLEDGED").containsEntry("action", "appeal"));
    }

    @Property
    void randomScriptsKeepTheInvariants(@ForAll @Size(max = 30) List<EvaluationAction> script) {
        var e = new Evaluation();
        e.id = 1;
        e.status = EvaluationStatus.ASSIGNED;
        var seen = EnumSet.of(EvaluationStatus.ASSIGNED);
        for (var action : script) {
            var from = e.status;
            if (Transitions.allowed(action, from)) {
                e.move(action, Instant.EPOCH);
                assertThat(from.terminal()).isFalse();
                // nothing ever returns to being scored once submitted
                if (from.released()) {
                    assertThat(e.status.released()).isTrue();
                }
                // a score changes after submission only through arbitration
                if (from.released() && action != EvaluationAction.ARBITRATE) {
                    assertThat(action).isIn(EvaluationAction.ACKNOWLEDGE, EvaluationAction.APPEAL,
                            EvaluationAction.CLOSE);
                }
                seen.add(e.status);
            } else {
                assertThatThrownBy(() -> e.move(action, Instant.EPOCH)).isInstanceOf(ConflictException.class);
                assertThat(e.status).isEqualTo(from);
            }
        }
        if (seen.contains(EvaluationStatus.ARBITRATED)) {
            assertThat(seen).contains(EvaluationStatus.APPEALED, EvaluationStatus.SUBMITTED);
        }
    }
}
