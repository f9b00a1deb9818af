package hotline.knowledge;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static java.util.Map.entry;

/**
 * Where an article's latest revision stands in the approval workflow. One table says which action leads from which
 * status to which; everything else asks it. A published revision stays visible to agents while a newer draft of the
 * same article is written and reviewed.
 */
public enum ArticleStatus {
    DRAFT, REVIEW, PUBLISHED, EXPIRED;

    /** What an editor or approver does to an article. */
    public enum Action {
        EDIT("edit"), SUBMIT("submit for review"), APPROVE("approve"), REJECT("reject"), EXPIRE("expire");

        private final String verb;

        Action(String verb) {
            this.verb = verb;
        }

        public String verb() {
            return verb;
        }
    }

    private static final Map<ArticleStatus, Map<Action, ArticleStatus>> TRANSITIONS = new EnumMap<>(Map.of(
            DRAFT, Map.ofEntries(entry(Action.EDIT, DRAFT), entry(Action.SUBMIT, REVIEW)),
            REVIEW, Map.ofEntries(entry(Action.APPROVE, PUBLISHED), entry(Action.REJECT, DRAFT)),
            PUBLISHED, Map.ofEntries(entry(Action.EDIT, DRAFT), entry(Action.EXPIRE, EXPIRED)),
            EXPIRED, Map.ofEntries(entry(Action.EDIT, DRAFT))));

    /** The status the action leads to, or empty when this status does not allow it. */
    public Optional<ArticleStatus> after(Action action) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(action));
    }

    public boolean allows(Action action) {
        return after(action).isPresent();
    }
}
