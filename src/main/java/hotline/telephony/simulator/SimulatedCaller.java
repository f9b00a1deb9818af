package hotline.telephony.simulator;

import hotline.telephony.DigitCollection;
import hotline.telephony.Timekeeper.Scheduled;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * A caller from the traffic profile. Its patience clock runs whenever it is left waiting — from the offer, and again
 * after each digit input or a lost connection — and stops while it is asked for digits or talks; when it runs out the
 * caller hangs up (abandons). Connected, it talks for its handle time, then it or the agent's side hangs up. All its
 * chance comes from its own generator, split off when it called, so what it does does not depend on other calls.
 */
final class SimulatedCaller implements FarEnd {

    private static final Duration MIN_TALK_AFTER_RECONNECT = Duration.ofSeconds(20);
    private static final Duration HANG_UP_WHEN_LEFT = Duration.ofSeconds(1);

    private final SimulatedEngine engine;
    private final TrafficProfile profile;
    private final RandomGenerator random;
    private final Duration patience;
    private final boolean callerEnds;
    private Duration talkLeft;
    private boolean talkDone;
    private Instant talkStarted;

    private Scheduled patienceTimer = Scheduled.NONE;
    private Scheduled pressTimer = Scheduled.NONE;
    private Scheduled talkTimer = Scheduled.NONE;

    SimulatedCaller(SimulatedEngine engine, TrafficProfile profile, RandomGenerator random) {
        this.engine = engine;
        this.profile = profile;
        this.random = random;
        this.patience = profile.patience().sample(random);
        this.talkLeft = profile.handleTime().sample(random);
        this.callerEnds = random.nextDouble() < profile.callerHangupShare();
    }

    Duration patience() {
        return patience;
    }

    @Override
    public void offered(SimLeg leg) {
        startWaiting(leg);
    }

    @Override
    public void collecting(SimLeg leg, DigitCollection collection) {
        patienceTimer.cancel();
        pressTimer.cancel();
        var digits = digitsFor(collection);
        pressTimer = engine.after(profile.thinkTime().sample(random), () -> {
            if (engine.isLive(leg) && leg.collection == collection) {
                engine.digitsFromFarEnd(leg, digits);
            }
        });
    }

    private String digitsFor(DigitCollection collection) {
        if (collection.max() == 1) {
            return TrafficProfile.pick(profile.menuChoices(), random);
        }
        var digits = new StringBuilder();
        int length = Math.max(1, collection.min()) + random.nextInt(collection.max() - Math.max(1, collection.min()) + 1);
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        if (collection.terminator() != null && length < collection.max()) {
            digits.append(collection.terminator().charValue());
        }
        return digits.toString();
    }

    @Override
    public void collectEnded(SimLeg leg) {
        pressTimer.cancel();
        if (leg.peer == null) {
            startWaiting(leg);
        }
    }

    @Override
    public void bridged(SimLeg leg) {
        patienceTimer.cancel();
        pressTimer.cancel();
        talkStarted = engine.timekeeper().now();
        talkTimer = engine.after(talkLeft, () -> {
            talkDone = true;
            if (callerEnds || leg.peer == null) {
                engine.hangUpFromFarEnd(leg);
            } else {
                engine.hangUpFromFarEnd(leg.peer);
            }
        });
    }

    @Override
    public void unbridged(SimLeg leg) {
        talkTimer.cancel();
        if (talkStarted != null) {
            talkLeft = talkLeft.minus(Duration.between(talkStarted, engine.timekeeper().now()));
            if (talkLeft.compareTo(MIN_TALK_AFTER_RECONNECT) < 0) {
                talkLeft = MIN_TALK_AFTER_RECONNECT;
            }
            talkStarted = null;
        }
        if (talkDone) {
            // The agent said goodbye and left: the caller puts the phone down too.
            patienceTimer.cancel();
            patienceTimer = engine.after(HANG_UP_WHEN_LEFT, () -> {
                if (engine.isLive(leg)) {
                    engine.hangUpFromFarEnd(leg);
                }
            });
        } else {
            startWaiting(leg);
        }
    }

    @Override
    public void ended(SimLeg leg) {
        patienceTimer.cancel();
        pressTimer.cancel();
        talkTimer.cancel();
    }

    private void startWaiting(SimLeg leg) {
        patienceTimer.cancel();
        patienceTimer = engine.after(patience, () -> {
            if (engine.isLive(leg) && leg.peer == null && leg.collection == null) {
                engine.hangUpFromFarEnd(leg);
            }
        });
    }
}
