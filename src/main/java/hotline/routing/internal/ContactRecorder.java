package hotline.routing.internal;

import hotline.platform.security.SystemActor;
import hotline.telephony.LegId;
import hotline.telephony.RecordingArchive;
import hotline.telephony.RecordingOptions;
import hotline.telephony.Telephony;
import hotline.telephony.TelephonyEvent;
import hotline.telephony.TelephonyEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * Records every answered voice contact (unless {@code hotline.routing.record-contacts=false}): a stereo recording of
 * the customer's leg — the customer left, what they hear (the agent) right — whose key names the contact and the
 * agent, {@code contacts/yyyy/MM/dd/<contact>_<agent>}. When the switch reports the file, it goes into the telephony
 * module's archive with the contact and agent read back from the key, so nothing is lost by keeping no state.
 */
@Component
class ContactRecorder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ContactRecorder.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
    private static final Pattern KEY = Pattern.compile("contacts/\\d{4}/\\d{2}/\\d{2}/([0-9a-f-]{36})_(\\d+)");

    private final Telephony telephony;
    private final TelephonyEvents telephonyEvents;
    private final RecordingArchive archive;
    private final boolean enabled;
    private final ExecutorService archiver = Executors.newSingleThreadExecutor(work -> {
        var thread = new Thread(work, "routing-recordings");
        thread.setDaemon(true);
        return thread;
    });
    private volatile TelephonyEvents.Subscription subscription;

    ContactRecorder(Telephony telephony, TelephonyEvents telephonyEvents, RecordingArchive archive,
                    @Value("${hotline.routing.record-contacts:true}") boolean enabled) {
        this.telephony = telephony;
        this.telephonyEvents = telephonyEvents;
        this.archive = archive;
        this.enabled = enabled;
    }

    static String key(UUID contact, long agent, Instant at) {
        return "contacts/" + DAY.format(at) + "/" + contact + "_" + agent;
    }

    /** The agent answered: record the customer's leg. Called on the engine's thread; does not wait. */
    void answered(UUID contact, long agent, LegId customerLeg, Instant at) {
        if (!enabled) {
            return;
        }
        telephony.startRecording(customerLeg, RecordingOptions.stereoWav(key(contact, agent, at)))
                .exceptionally(failure -> {
                    log.warn("cannot record contact {}: {}", contact, failure.getMessage());
                    return null;
                });
    }

    @Override
    public void start() {
        subscription = telephonyEvents.subscribe(TelephonyEvent.RecordingFinished.class, this::finished);
    }

    private void finished(TelephonyEvent.RecordingFinished finished) {
        var matcher = KEY.matcher(finished.key());
        if (!matcher.matches()) {
            return;                                    // someone else's recording
        }
        if (finished.uri() == null) {
            log.warn("the switch could not store the recording of contact {}", matcher.group(1));
            return;
        }
        var contact = UUID.fromString(matcher.group(1));
        var agent = Long.parseLong(matcher.group(2));
        var startedAt = finished.at().minus(Duration.ofNanos((long) (finished.seconds() * 1e9)));
        archiver.execute(() -> {
            try {
                SystemActor.run(() -> archive.archive(new RecordingArchive.Finished(finished.uri(), finished.key(),
                        contact, agent, "contact", startedAt, finished.seconds())));
            } catch (RuntimeException e) {
                log.error("cannot archive the recording of contact {}", contact, e);
            }
        });
    }

    @Override
    public void stop() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    @Override
    public boolean isRunning() {
        return subscription != null;
    }
}
