package hotline.telephony.simulator;

import hotline.telephony.DigitCollection;

/**
 * Whoever is on the other side of a simulated leg — a caller, an agent's phone — told what happens to it so it can
 * act like a person: press digits, lose patience, talk, hang up. Called on the engine thread; acts only through
 * {@link SimulatedEngine}'s timers, never re-entrantly.
 */
interface FarEnd {

    /** Does nothing by itself: the test drives it. */
    FarEnd PASSIVE = new FarEnd() {
    };

    /** An inbound call from this far end was offered to Hotline. */
    default void offered(SimLeg leg) {
    }

    /** This far end's device rings (originated leg). */
    default void ringing(SimLeg leg) {
    }

    default void answered(SimLeg leg) {
    }

    /** The switch waits for digits from this far end. */
    default void collecting(SimLeg leg, DigitCollection collection) {
    }

    default void collectEnded(SimLeg leg) {
    }

    default void bridged(SimLeg leg) {
    }

    default void unbridged(SimLeg leg) {
    }

    default void ended(SimLeg leg) {
    }
}
