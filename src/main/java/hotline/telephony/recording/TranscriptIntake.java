package hotline.telephony.recording;

import hotline.platform.security.SystemActor;
import hotline.telephony.RecordingArchive;
import hotline.telephony.TelephonyEvent;
import hotline.telephony.TelephonyEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Transcripts delivered through the telephony port ({@link TelephonyEvent.TranscriptReady}) go into the archive.
 * The event arrives on the engine's thread, which must not wait for the database: the store happens on a thread of
 * its own.
 */
@Component
class TranscriptIntake implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TranscriptIntake.class);

    private final TelephonyEvents telephonyEvents;
    private final RecordingArchive archive;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(work -> {
        var thread = new Thread(work, "transcript-intake");
        thread.setDaemon(true);
        return thread;
    });
    private volatile TelephonyEvents.Subscription subscription;

    TranscriptIntake(TelephonyEvents telephonyEvents, RecordingArchive archive) {
        this.telephonyEvents = telephonyEvents;
        this.archive = archive;
    }

    @Override
    public void start() {
        subscription = telephonyEvents.subscribe(TelephonyEvent.TranscriptReady.class, ready -> writer.execute(() -> {
            try {
                SystemActor.run(() -> archive.storeTranscript(ready.key(), ready.source(), ready.segments()));
            } catch (RuntimeException e) {
                log.warn("cannot store the transcript of recording {}", ready.key(), e);
            }
        }));
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
