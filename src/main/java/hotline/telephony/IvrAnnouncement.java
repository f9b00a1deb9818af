package hotline.telephony;

import hotline.telephony.TelephonyEvent.CallOffered;

import java.util.Optional;
import java.util.function.Function;

/**
 * The hook through which the incident module (突发事件) gives the IVR the approved wording of an active incident for an
 * offered call (by called number, caller region …); the IVR speaks it after the greeting. Provide one bean. It is
 * called on the telephony event thread: answer from memory, never block.
 */
@FunctionalInterface
public interface IvrAnnouncement extends Function<CallOffered, Optional<String>> {
}
