package hotline.incident;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** An incident is active from its declaration until a lead closes it; one table says what each status allows. */
public enum IncidentStatus {
    ACTIVE, CLOSED;

    public enum Action {
        UPDATE("update"), CLOSE("close"), LINK("link to");

        private final String verb;

        Action(String verb) {
            this.verb = verb;
        }

        public String verb() {
            return verb;
        }
    }

    private static final Map<IncidentStatus, Map<Action, IncidentStatus>> TRANSITIONS = new EnumMap<>(Map.of(
            ACTIVE, Map.of(Action.UPDATE, ACTIVE, Action.CLOSE, CLOSED, Action.LINK, ACTIVE),
            CLOSED, Map.of()));

    public Optional<IncidentStatus> after(Action action) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(action));
    }

    public boolean allows(Action action) {
        return after(action).isPresent();
    }
}
