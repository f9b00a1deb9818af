package hotline.telephony.simulator;

import hotline.telephony.LegId;
import hotline.telephony.Telephony;
import hotline.telephony.TelephonyContract;
import hotline.telephony.TelephonyEvents;
import hotline.telephony.Timekeeper;
import hotline.telephony.VirtualTimekeeper;
import hotline.telephony.support.EventBus;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/** The simulator in virtual time, its far ends played by the test. */
public final class SimulatorHarness implements TelephonyContract.Harness {

    /** A Tuesday morning in Shanghai: 2026-03-03 09:00 +08:00. */
    public static final Instant START = Instant.parse("2026-03-03T01:00:00Z");

    final VirtualTimekeeper time = Timekeeper.virtual(START);
    final EventBus bus = new EventBus();
    final SimulatedEngine engine;

    public SimulatorHarness(Path recordings) {
        this(SimulatorSettings.defaults(recordings), 1);
    }

    public SimulatorHarness(SimulatorSettings settings, long seed) {
        engine = new SimulatedEngine(time, bus, settings, new SplittableRandom(seed));
    }

    public SimulatedEngine engine() {
        return engine;
    }

    public VirtualTimekeeper time() {
        return time;
    }

    public EventBus bus() {
        return bus;
    }

    @Override
    public Telephony telephony() {
        return engine;
    }

    @Override
    public TelephonyEvents events() {
        return bus;
    }

    @Override
    public void start() {
        engine.start();
        time.runDue();
    }

    @Override
    public String endpoint(String name) {
        return "agent:" + name;
    }

    @Override
    public void registerPhone(String endpoint, boolean answers) {
        engine.registerPhone(endpoint, answers ? PhoneBehaviour.answerAfter(Duration.ofSeconds(2))
                : PhoneBehaviour.neverAnswer());
    }

    @Override
    public void unregisterPhone(String endpoint) {
        engine.unregisterPhone(endpoint);
    }

    @Override
    public void placeCall(String callerNumber, String calledNumber) {
        engine.placeCall(callerNumber, calledNumber);
    }

    @Override
    public void pressDigits(LegId leg, String digits) {
        engine.pressDigits(leg, digits);
    }

    @Override
    public void hangUpFarEnd(LegId leg) {
        engine.hangUpFromFarEnd(leg);
    }

    @Override
    public void runUntil(BooleanSupplier condition, Duration atMost) {
        time.runUntil(condition, time.now().plus(atMost));
    }

    @Override
    public void pass(Duration duration) {
        time.advanceBy(duration);
    }

    @Override
    public void close() {
        engine.close();
    }
}
