package hotline.telephony.esl;

import hotline.telephony.LegId;
import hotline.telephony.RealTimekeeper;
import hotline.telephony.Telephony;
import hotline.telephony.TelephonyContract;
import hotline.telephony.TelephonyEvents;
import hotline.telephony.Timekeeper;
import hotline.telephony.support.EventBus;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * The FreeSWITCH adapter against {@link FakeFreeswitch} on loopback. The adapter runs in real time on its own thread;
 * the fake's switch runs in virtual time, moved on in small steps while the test waits, so rings and timeouts cost
 * nothing but every frame really crosses a socket.
 */
final class EslHarness implements TelephonyContract.Harness {

    private static final Duration STEP = Duration.ofMillis(10);

    final FakeFreeswitch fake = new FakeFreeswitch();
    final EventBus bus = new EventBus();
    final RealTimekeeper time = Timekeeper.realTime(Clock.systemUTC(), work -> {
        var thread = new Thread(work, "telephony-freeswitch-test");
        thread.setDaemon(true);
        return thread;
    });
    final EslTelephony adapter;

    EslHarness(Path recordings) {
        this(recordings, UnaryOperator.identity());
    }

    EslHarness(Path recordings, UnaryOperator<EslSettings> settings) {
        adapter = new EslTelephony(settings.apply(EslSettings.local(fake.port(), recordings)), bus, time);
    }

    @Override
    public Telephony telephony() {
        return adapter;
    }

    @Override
    public TelephonyEvents events() {
        return bus;
    }

    @Override
    public void start() {
        adapter.start();
    }

    @Override
    public String endpoint(String name) {
        return "user/" + name;
    }

    @Override
    public void registerPhone(String endpoint, boolean answers) {
        fake.register(new FakeFreeswitch.Phone(user(endpoint), answers));
    }

    @Override
    public void unregisterPhone(String endpoint) {
        fake.unregister(user(endpoint));
    }

    private static String user(String endpoint) {
        return endpoint.substring("user/".length());
    }

    @Override
    public void placeCall(String callerNumber, String calledNumber) {
        fake.placeCall(callerNumber, calledNumber);
    }

    @Override
    public void pressDigits(LegId leg, String digits) {
        fake.pressDigits(leg.value(), digits);
    }

    @Override
    public void hangUpFarEnd(LegId leg) {
        fake.hangUpFarEnd(leg.value());
    }

    @Override
    public void runUntil(BooleanSupplier condition, Duration atMost) {
        var deadline = fake.now().plus(atMost);
        while (!condition.getAsBoolean() && fake.now().isBefore(deadline)) {
            sleep(1);
            fake.advance(STEP);
        }
    }

    @Override
    public void pass(Duration duration) {
        sleep(20);
        fake.advance(duration);
        sleep(20);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        adapter.close();
        time.close();
        fake.close();
    }
}
