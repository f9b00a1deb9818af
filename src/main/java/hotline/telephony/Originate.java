package hotline.telephony;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A new leg towards {@code destination}: an endpoint ({@code agent:42}, a SIP AoR) or an external number
 * ({@code tel:+8613800000000}). The client names the leg ({@link Telephony#newLegId()}). A leg joined to an existing
 * {@code call} (an agent answering a customer, a transfer target, a supervisor) carries that call's id; without one
 * the engine starts a new call. The device rings for at most {@code timeout}; {@code callerId} (null: the engine's
 * default) is the number the device shows; {@code variables} travel with the leg (channel variables, SIP headers).
 */
public record Originate(LegId leg, String destination, String callerId, Duration timeout, Map<String, String> variables,
                        CallId call) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    public Originate {
        Objects.requireNonNull(leg, "leg");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(timeout, "timeout");
        if (destination.isBlank()) {
            throw new IllegalArgumentException("an originate needs a destination");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the originate timeout must be positive, got " + timeout);
        }
        variables = Map.copyOf(variables);
    }

    public static Originate to(LegId leg, String destination) {
        return new Originate(leg, destination, null, DEFAULT_TIMEOUT, Map.of(), null);
    }

    public Originate inCall(CallId call) {
        return new Originate(leg, destination, callerId, timeout, variables, call);
    }

    public Originate withCallerId(String callerId) {
        return new Originate(leg, destination, callerId, timeout, variables, call);
    }

    public Originate withTimeout(Duration timeout) {
        return new Originate(leg, destination, callerId, timeout, variables, call);
    }

    public Originate withVariables(Map<String, String> variables) {
        return new Originate(leg, destination, callerId, timeout, variables, call);
    }
}
