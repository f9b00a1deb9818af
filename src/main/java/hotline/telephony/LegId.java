package hotline.telephony;

import java.util.Objects;

/**
 * One party's connection to the engine: the caller's leg, an agent's leg, a supervisor's leg. Legs that Hotline
 * creates (originate, transfer, monitor) are named by the client before the command is sent, with
 * {@link Telephony#newLegId()}, so every event about the leg can be correlated even if it arrives before the
 * command's stage completes.
 */
public record LegId(String value) {

    public LegId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a leg id must not be blank");
        }
    }

    public static LegId of(String value) {
        return new LegId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
