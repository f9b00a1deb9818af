package hotline.telephony.sip;

import hotline.telephony.LegId;
import hotline.telephony.Prompt;
import hotline.telephony.RealTimekeeper;
import hotline.telephony.Telephony;
import hotline.telephony.TelephonyContract;
import hotline.telephony.TelephonyEvents;
import hotline.telephony.Timekeeper;
import hotline.telephony.support.EventBus;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The SIP adapter passes the port's contract, in real time, against scripted far ends that speak SIP over UDP on
 * loopback ({@link SipFarEnds}): callers INVITE from a trunk, phones REGISTER with digest authentication and answer
 * (or not), far ends CANCEL, BYE and press keys as RFC 4733 RTP.
 */
class SipContractTests extends TelephonyContract {

    static final String REALM = "hotline.test";
    static final String SECRET = "contract-secret";

    @TempDir
    Path dir;

    @Override
    protected Harness createHarness() {
        return new SipHarness(dir);
    }

    static final class SipHarness implements Harness {

        final EventBus bus = new EventBus();
        final RealTimekeeper time = Timekeeper.realTime(Clock.systemUTC(), work -> {
            var thread = new Thread(work, "telephony-sip-contract");
            thread.setDaemon(true);
            return thread;
        });
        final SipTelephony adapter;
        final SipFarEnds farEnds;

        SipHarness(Path dir) {
            for (var prompt : new String[]{"ivr/welcome", "ivr/bye", "ivr/survey", "moh/default"}) {
                tone(dir.resolve("sounds").resolve(prompt + ".wav"));
            }
            int port = SipPeers.freeUdpPort();
            SipCredentials credentials = (user, realm) -> realm.equals(REALM)
                    ? Optional.of(SipCredentials.ha1Of(user, realm, SECRET)) : Optional.empty();
            adapter = new SipTelephony(new SipSettings("127.0.0.1", port, REALM, dir.resolve("sounds"),
                    dir.resolve("recordings"), Prompt.file("moh/default")), credentials, bus, time);
            farEnds = new SipFarEnds(port, REALM, SECRET);
        }

        /** A second of a 440 Hz tone, 8 kHz 16-bit mono. */
        private static void tone(Path file) {
            try {
                Files.createDirectories(file.getParent());
                var samples = new byte[16000];
                for (int i = 0; i < 8000; i++) {
                    short value = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / 8000.0));
                    samples[2 * i] = (byte) value;
                    samples[2 * i + 1] = (byte) (value >> 8);
                }
                var format = new AudioFormat(8000, 16, 1, true, false);
                AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(samples), format, 8000),
                        AudioFileFormat.Type.WAVE, file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
            return "sip:" + name + "@" + REALM;
        }

        @Override
        public void registerPhone(String endpoint, boolean answers) {
            farEnds.register(SipTelephony.userOf(endpoint), answers, 3600);
        }

        @Override
        public void unregisterPhone(String endpoint) {
            farEnds.register(SipTelephony.userOf(endpoint), false, 0);
        }

        @Override
        public void placeCall(String callerNumber, String calledNumber) {
            farEnds.placeCall(callerNumber, calledNumber);
        }

        @Override
        public void pressDigits(LegId leg, String digits) {
            farEnds.press(callIdOf(leg), digits);
        }

        @Override
        public void hangUpFarEnd(LegId leg) {
            farEnds.hangUp(callIdOf(leg));
        }

        private String callIdOf(LegId leg) {
            return adapter.sipCallIdOf(leg).toCompletableFuture().join();
        }

        @Override
        public void runUntil(BooleanSupplier condition, Duration atMost) {
            long deadline = System.nanoTime() + atMost.toNanos();
            while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
                sleep(10);
            }
        }

        @Override
        public void pass(Duration duration) {
            sleep(duration.toMillis());
        }

        private static void sleep(long millis) {
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
            farEnds.close();
        }
    }
}
