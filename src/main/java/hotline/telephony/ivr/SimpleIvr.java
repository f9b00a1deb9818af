package hotline.telephony.ivr;

import hotline.telephony.DigitCollection;
import hotline.telephony.LegId;
import hotline.telephony.Playback;
import hotline.telephony.Prompt;
import hotline.telephony.Telephony;
import hotline.telephony.TelephonyEvent;
import hotline.telephony.TelephonyEvent.Answered;
import hotline.telephony.TelephonyEvent.CallOffered;
import hotline.telephony.TelephonyEvent.CallQueued;
import hotline.telephony.TelephonyEvent.CollectOutcome;
import hotline.telephony.TelephonyEvent.DigitsCollected;
import hotline.telephony.TelephonyEvent.LegEnded;
import hotline.telephony.TelephonyEvent.PlaybackFinished;
import hotline.telephony.TelephonyEvent.PlaybackOutcome;
import hotline.telephony.TelephonyEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The IVR in front of the queues, built only on the port so it runs on every adapter: it answers each offered call,
 * plays the greeting (and an active incident's announcement, if the hook has one), asks for a menu digit (retrying a
 * wrong or missing one), then plays hold music and publishes {@link CallQueued} for routing. It forgets a call as soon
 * as it is queued or ends, so it holds only the calls in the IVR right now.
 */
public final class SimpleIvr implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SimpleIvr.class);
    static final String GREETING = "ivr-greeting";
    static final String INVALID = "ivr-invalid";
    static final String QUEUE = "ivr-queue";

    private enum Phase { ANSWERING, GREETING, MENU, RETRY }

    private static final class Session {
        final CallOffered offered;
        final String announcement;
        Phase phase = Phase.ANSWERING;
        int attempts;

        Session(CallOffered offered, String announcement) {
            this.offered = offered;
            this.announcement = announcement;
        }
    }

    private final Telephony telephony;
    private final Consumer<CallQueued> queued;
    private final IvrSettings settings;
    private final Function<CallOffered, Optional<String>> announcement;
    private final Map<LegId, Session> sessions = new ConcurrentHashMap<>();
    private final TelephonyEvents.Subscription subscription;

    /**
     * @param queued       where {@link CallQueued} goes: the adapter's event bus, so routing gets it in order
     * @param announcement the incident module's hook: an announcement to speak after the greeting, if any
     */
    public SimpleIvr(Telephony telephony, TelephonyEvents events, Consumer<CallQueued> queued, IvrSettings settings,
                     Function<CallOffered, Optional<String>> announcement) {
        this.telephony = telephony;
        this.queued = queued;
        this.settings = settings;
        this.announcement = announcement;
        this.subscription = events.subscribe(this::on);
    }

    /** Calls in the IVR right now. */
    public int activeSessions() {
        return sessions.size();
    }

    @Override
    public void close() {
        subscription.close();
    }

    private void on(TelephonyEvent event) {
        if (event instanceof CallOffered offered) {
            offered(offered);
        } else if (event instanceof LegEnded ended) {
            sessions.remove(ended.leg());
        } else if (event instanceof TelephonyEvent.LegEvent legEvent) {
            var session = sessions.get(legEvent.leg());
            if (session == null) {
                return;
            }
            if (event instanceof Answered && session.phase == Phase.ANSWERING) {
                greet(session);
            } else if (event instanceof PlaybackFinished finished) {
                playbackFinished(session, finished);
            } else if (event instanceof DigitsCollected collected && session.phase == Phase.MENU) {
                choice(session, collected);
            }
        }
    }

    private void offered(CallOffered offered) {
        String text = null;
        try {
            text = announcement.apply(offered).filter(s -> !s.isBlank()).orElse(null);
        } catch (RuntimeException e) {
            log.warn("the IVR announcement hook failed for call {}; going on without it", offered.call(), e);
        }
        sessions.put(offered.leg(), new Session(offered, text));
        command(offered.leg(), telephony.answer(offered.leg()));
    }

    private void greet(Session session) {
        session.phase = Phase.GREETING;
        var prompts = new ArrayList<Prompt>();
        prompts.add(settings.greeting());
        if (session.announcement != null) {
            prompts.add(Prompt.tts(session.announcement));
        }
        command(session.offered.leg(), telephony.play(session.offered.leg(), new Playback(GREETING, prompts, false)));
    }

    private void playbackFinished(Session session, PlaybackFinished finished) {
        boolean ours = (session.phase == Phase.GREETING && finished.tag().equals(GREETING))
                || (session.phase == Phase.RETRY && finished.tag().equals(INVALID));
        if (!ours) {
            return;
        }
        if (finished.outcome() == PlaybackOutcome.COMPLETED) {
            askForChoice(session);
        } else {
            sessions.remove(session.offered.leg());     // someone else took the call over
        }
    }

    private void askForChoice(Session session) {
        session.phase = Phase.MENU;
        var leg = session.offered.leg();
        command(leg, telephony.collectDigits(leg, DigitCollection.menu(settings.menu(), settings.digitTimeout())));
    }

    private void choice(Session session, DigitsCollected collected) {
        var leg = session.offered.leg();
        if (collected.outcome() == CollectOutcome.STOPPED) {
            sessions.remove(leg);
            return;
        }
        String queue = collected.outcome() == CollectOutcome.COMPLETE ? settings.queues().get(collected.digits()) : null;
        if (queue != null) {
            enqueue(session, queue, collected.at());
            return;
        }
        session.attempts++;
        if (session.attempts >= settings.attempts()) {
            enqueue(session, settings.defaultQueue(), collected.at());
        } else if (collected.digits().isEmpty()) {
            askForChoice(session);
        } else {
            session.phase = Phase.RETRY;
            command(leg, telephony.play(leg, Playback.once(INVALID, settings.invalid())));
        }
    }

    private void enqueue(Session session, String queue, Instant at) {
        var offered = session.offered;
        sessions.remove(offered.leg());
        command(offered.leg(), telephony.play(offered.leg(),
                Playback.looping(QUEUE, settings.pleaseHold(), settings.music())));
        queued.accept(new CallQueued(at, offered.call(), offered.leg(), queue, offered.callerNumber(),
                offered.calledNumber(), at));
    }

    /** A refused command (the caller hung up meanwhile) ends the IVR's interest in the call. */
    private void command(LegId leg, CompletionStage<?> stage) {
        stage.whenComplete((ignored, failure) -> {
            if (failure != null) {
                sessions.remove(leg);
                log.debug("IVR command on leg {} refused: {}", leg, failure.getMessage());
            }
        });
    }
}
