package hotline.telephony;

import java.util.List;

/**
 * Phone numbers of known customers, for the simulator's demo traffic: a share of simulated callers
 * ({@code hotline.simulator.traffic.known-caller-share}) call from one of these numbers so the screen pop finds an
 * archive. The customer module (or its demo data) provides the bean; it is read once, when the traffic starts.
 */
@FunctionalInterface
public interface KnownCallerNumbers {

    List<String> numbers();
}
