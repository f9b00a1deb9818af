package hotline.platform;

import java.util.Map;

/**
 * A request that is well formed but clashes with the current state: an illegal state change, a stale version, a
 * duplicate name. Answered with HTTP 409; {@link #details()} tell the client what the state is.
 */
public class ConflictException extends RuntimeException {

    private final String code;
    private final Map<String, Object> details;

    public ConflictException(String code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    /** An action that the current status does not allow: "cannot dispatch: work order GD… is ARCHIVED". */
    public static ConflictException illegalTransition(String resource, Object id, Enum<?> current, String action) {
        return new ConflictException("illegal-transition",
                "cannot " + action + ": " + resource + " " + id + " is " + current.name(),
                Map.of("resource", resource, "id", id, "currentStatus", current.name(), "action", action));
    }

    /** Somebody else changed the record since the client read it. */
    public static ConflictException staleVersion(String resource, Object id, long expected, long current) {
        return new ConflictException("stale-version",
                resource + " " + id + " was changed by someone else: you edited version " + expected
                        + ", the current version is " + current,
                Map.of("resource", resource, "id", id, "expectedVersion", expected, "currentVersion", current));
    }

    /** A value that must be unique is taken. */
    public static ConflictException duplicate(String resource, String field, Object value) {
        return new ConflictException("duplicate", resource + " with " + field + " '" + value + "' already exists",
                Map.of("resource", resource, "field", field, "value", value));
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
