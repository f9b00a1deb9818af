package hotline.knowledge;

import hotline.knowledge.ArticleStatus.Action;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever sequence of actions editors and approvers try, the workflow keeps its promises. */
class ArticleWorkflowProperties {

    @Property
    void onlyAnApprovalPublishes(@ForAll List<Action> actions) {
        var status = ArticleStatus.DRAFT;
        for (Action action : actions) {
            var next = status.after(action);
            if (next.isEmpty()) {
                continue;
            }
            if (next.get() == ArticleStatus.PUBLISHED) {
                assertThat(action).isEqualTo(Action.APPROVE);
                assertThat(status).isEqualTo(ArticleStatus.REVIEW);
            }
            status = next.get();
        }
    }

    @Property
    void everyStatusCanGetBackToADraft(@ForAll ArticleStatus status) {
        var reached = status.after(Action.EDIT).or(() -> status.after(Action.REJECT))
                .or(() -> status.after(Action.EXPIRE).flatMap(s -> s.after(Action.EDIT)));
        assertThat(reached).contains(ArticleStatus.DRAFT);
    }

    @Property
    void nothingInReviewChangesExceptByADecision(@ForAll Action action) {
        var next = ArticleStatus.REVIEW.after(action);
        assertThat(next.isPresent()).isEqualTo(action == Action.APPROVE || action == Action.REJECT);
    }
}
