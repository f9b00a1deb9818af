package hotline.telephony;

import hotline.telephony.TelephonyEvent.Bridged;
import hotline.telephony.TelephonyEvent.LegEnded;
import hotline.telephony.TelephonyEvent.LegEvent;
import hotline.telephony.TelephonyEvent.MonitorEnded;
import hotline.telephony.TelephonyEvent.MonitorStarted;
import hotline.telephony.TelephonyEvent.RecordingFinished;
import hotline.telephony.TelephonyEvent.RecordingStarted;
import hotline.telephony.TelephonyEvent.Unbridged;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event an engine delivered, in delivery order, and the port's ordering guarantees checked over them. Thread-safe:
 * adapters deliver on their own thread while the test reads.
 */
public final class EventLog implements Consumer<TelephonyEvent> {

    private final List<TelephonyEvent> events = new ArrayList<>();

    public static EventLog on(TelephonyEvents stream) {
        var log = new EventLog();
        stream.subscribe(log);
        return log;
    }

    @Override
    public synchronized void accept(TelephonyEvent event) {
        events.add(event);
    }

    public synchronized List<TelephonyEvent> all() {
        return List.copyOf(events);
    }

    public synchronized int size() {
        return events.size();
    }

    public <E extends TelephonyEvent> List<E> all(Class<E> type) {
        return all().stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <E extends TelephonyEvent> Optional<E> first(Class<E> type, Predicate<? super E> condition) {
        return all(type).stream().filter(condition).findFirst();
    }

    public <E extends TelephonyEvent> boolean contains(Class<E> type, Predicate<? super E> condition) {
        return first(type, condition).isPresent();
    }

    public List<LegEvent> of(LegId leg) {
        return all(LegEvent.class).stream().filter(e -> e.leg().equals(leg)).toList();
    }

    /**
     * Position of this very event in the delivery order, -1 if absent. By identity: two deliveries can be equal (an
     * engine coming up twice within the clock's resolution), and the first of them is not the one asked about.
     */
    public int indexOf(TelephonyEvent event) {
        var all = all();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == event) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return all().stream().map(Object::toString).collect(Collectors.joining("\n  ", "events:\n  ", ""));
    }

    /**
     * The guarantees of {@link TelephonyEvent}: time never goes back; all events of a leg carry one call id; a leg ends
     * at most once and nothing about it follows its end; its bridges, recordings and monitoring end before it does.
     */
    public void assertGuarantees() {
        var all = all();
        var ended = new HashSet<LegId>();
        var callOf = new HashMap<LegId, CallId>();
        var bridged = new HashMap<LegId, Set<LegId>>();
        var recording = new HashMap<LegId, Set<String>>();
        var monitoring = new HashSet<LegId>();
        TelephonyEvent previous = null;
        for (var event : all) {
            if (previous != null) {
                assertThat(event.at()).as("time of %s after %s", event, previous).isAfterOrEqualTo(previous.at());
            }
            previous = event;
            if (!(event instanceof LegEvent legEvent)) {
                continue;
            }
            var leg = legEvent.leg();
            assertThat(ended).as("an event after the end of leg %s: %s\n%s", leg, event, this).doesNotContain(leg);
            var call = callOf.putIfAbsent(leg, legEvent.call());
            assertThat(call == null || call.equals(legEvent.call()))
                    .as("leg %s changed call from %s in %s", leg, call, event).isTrue();
            if (event instanceof Bridged b) {
                bridged.computeIfAbsent(leg, l -> new HashSet<>()).add(b.other());
            } else if (event instanceof Unbridged u) {
                assertThat(bridged.getOrDefault(leg, Set.of())).as("%s without Bridged", u).contains(u.other());
                bridged.get(leg).remove(u.other());
            } else if (event instanceof RecordingStarted r) {
                recording.computeIfAbsent(leg, l -> new HashSet<>()).add(r.key());
            } else if (event instanceof RecordingFinished r) {
                assertThat(recording.getOrDefault(leg, Set.of())).as("%s without RecordingStarted", r).contains(r.key());
                recording.get(leg).remove(r.key());
            } else if (event instanceof MonitorStarted) {
                monitoring.add(leg);
            } else if (event instanceof MonitorEnded m) {
                assertThat(monitoring.remove(leg)).as("%s without MonitorStarted", m).isTrue();
            } else if (event instanceof LegEnded) {
                assertThat(bridged.getOrDefault(leg, Set.of())).as("leg %s ended while bridged", leg).isEmpty();
                assertThat(recording.getOrDefault(leg, Set.of())).as("leg %s ended while recording", leg).isEmpty();
                assertThat(monitoring).as("leg %s ended while monitoring", leg).doesNotContain(leg);
                ended.add(leg);
            }
        }
    }

    /** Legs that have started (any event) but not ended. */
    public Set<LegId> openLegs() {
        var open = new HashSet<LegId>();
        for (var event : all(LegEvent.class)) {
            if (event instanceof LegEnded) {
                open.remove(event.leg());
            } else if (!(event instanceof TelephonyEvent.CallQueued)) {
                open.add(event.leg());
            }
        }
        return open;
    }
}
