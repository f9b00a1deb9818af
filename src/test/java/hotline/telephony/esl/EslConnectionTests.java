package hotline.telephony.esl;

import hotline.telephony.EventLog;
import hotline.telephony.HangupCause;
import hotline.telephony.TelephonyEvent.Answered;
import hotline.telephony.TelephonyEvent.CallOffered;
import hotline.telephony.TelephonyEvent.EngineDown;
import hotline.telephony.TelephonyEvent.EngineUp;
import hotline.telephony.TelephonyEvent.HungUp;
import hotline.telephony.TelephonyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The connection itself: handshake, command replies, split frames, losing and regaining the switch. */
class EslConnectionTests {

    @TempDir
    Path recordings;
    EslHarness harness;
    EventLog log;

    void connect(UnaryOperator<EslSettings> settings) {
        harness = new EslHarness(recordings, settings);
        log = EventLog.on(harness.events());
        harness.start();
    }

    @AfterEach
    void stop() {
        if (harness != null) {
            log.assertGuarantees();
            harness.close();
        }
    }

    void waitFor(BooleanSupplier condition) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(5)).until(() -> {
            harness.fake.advance(Duration.ofMillis(10));
            return condition.getAsBoolean();
        });
    }

    @Test
    void authenticatesSubscribesAndAnswersApiCommandsInOrder() {
        connect(UnaryOperator.identity());
        waitFor(() -> log.contains(EngineUp.class, e -> true));
        assertThat(harness.fake.commands()).startsWith("auth ClueCon");
        assertThat(harness.fake.commands().get(1)).startsWith("event plain CHANNEL_CREATE ").contains("BACKGROUND_JOB");
        var client = adapterClient();
        var status = client.api("status");
        var unknown = client.api("no_such_api");
        var exists = client.api("uuid_exists 42");
        assertThat(status.join()).contains("is ready");
        assertThat(unknown.join()).startsWith("-ERR no_such_api Command not found!");
        assertThat(exists.join().trim()).isEqualTo("false");
    }

    @Test
    void aWrongPasswordNeverBringsTheEngineUpAndCommandsAreRefused() {
        connect(settings -> settings.withPassword("wrong"));
        waitFor(() -> harness.fake.commands().stream().filter(c -> c.startsWith("auth ")).count() >= 2);
        assertThat(log.contains(EngineUp.class, e -> true)).isFalse();
        var refusal = harness.adapter.answer(harness.adapter.newLegId()).toCompletableFuture();
        assertThatThrownBy(refusal::join).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(TelephonyException.class)
                .extracting(e -> ((TelephonyException) e).reason()).isEqualTo(TelephonyException.Reason.ENGINE_DOWN);
    }

    @Test
    void readsEventsAndRepliesWrittenOneByteAtATime() {
        connect(UnaryOperator.identity());
        waitFor(() -> log.contains(EngineUp.class, e -> true));
        harness.fake.splitWrites(true);
        harness.fake.placeCall("+8613900000000", "95598");
        waitFor(() -> log.contains(CallOffered.class, o -> o.callerNumber().equals("+8613900000000")));
        var offered = log.first(CallOffered.class, o -> true).orElseThrow();
        harness.adapter.answer(offered.leg()).toCompletableFuture().join();
        waitFor(() -> log.contains(Answered.class, a -> a.leg().equals(offered.leg())));
        assertThat(adapterClient().api("status").join()).contains("FreeSWITCH (fake) is ready");
    }

    @Test
    void reconnectsAfterTheSwitchDropsTheConnectionAndEndsCallsThatWentMeanwhile() {
        connect(UnaryOperator.identity());
        waitFor(() -> log.contains(EngineUp.class, e -> true));
        harness.fake.placeCall("+8613700000000", "95598");
        waitFor(() -> log.contains(CallOffered.class, o -> true));
        var survivor = log.first(CallOffered.class, o -> true).orElseThrow().leg();
        harness.fake.placeCall("+8613700000001", "95598");
        waitFor(() -> log.all(CallOffered.class).size() == 2);
        var lost = log.all(CallOffered.class).get(1).leg();

        harness.fake.dropConnection();
        waitFor(() -> log.contains(EngineDown.class, e -> true));
        harness.fake.hangUpFarEnd(lost.value()); // while nobody listens
        waitFor(() -> log.all(EngineUp.class).size() == 2);

        var ended = log.first(HungUp.class, h -> h.leg().equals(lost)).orElseThrow();
        assertThat(ended.cause()).isEqualTo(HangupCause.NORMAL_TEMPORARY_FAILURE);
        assertThat(log.indexOf(ended)).isLessThan(log.indexOf(log.all(EngineUp.class).get(1)));
        harness.adapter.answer(survivor).toCompletableFuture().join();
        waitFor(() -> log.contains(Answered.class, a -> a.leg().equals(survivor)));
    }

    private EslClient adapterClient() {
        try {
            var field = EslTelephony.class.getDeclaredField("client");
            field.setAccessible(true);
            return (EslClient) field.get(harness.adapter);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
