package hotline.telephony;

import java.util.Objects;

/**
 * One customer interaction on the switch: the inbound caller's leg and every leg joined to it (agent, transfer target,
 * supervisor) carry the same call id. An outbound originate without a call starts a new call.
 */
public record CallId(String value) {

    public CallId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a call id must not be blank");
        }
    }

    public static CallId of(String value) {
        return new CallId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
