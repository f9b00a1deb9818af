package hotline.telephony.simulator;

import hotline.telephony.HangupCause;
import hotline.telephony.LegId;
import hotline.telephony.MonitorMode;
import hotline.telephony.Originate;
import hotline.telephony.Playback;
import hotline.telephony.Prompt;
import hotline.telephony.RecordingOptions;
import hotline.telephony.DigitCollection;
import hotline.telephony.Telephony;
import hotline.telephony.TelephonyEvent;
import hotline.telephony.TelephonyEvent.LegEnded;
import hotline.telephony.TelephonyEvent.LegEvent;
import hotline.telephony.TelephonyEvents;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A client that, on a share of events, fires a random command at a random live leg — hold, record, transfer, monitor,
 * hang up … — to drive the engine through interleavings no scripted test thinks of. Most commands are refused; the
 * point is that whatever is accepted keeps the event guarantees.
 */
final class Chaos {

    private final Telephony telephony;
    private final SplittableRandom random;
    private final double share;
    private final List<LegId> live = new ArrayList<>();
    private final List<String> endpoints;
    private int keys;

    Chaos(Telephony telephony, TelephonyEvents events, long seed, double share, List<String> endpoints) {
        this.telephony = telephony;
        this.random = new SplittableRandom(seed);
        this.share = share;
        this.endpoints = endpoints;
        events.subscribe(this::on);
    }

    private void on(TelephonyEvent event) {
        if (!(event instanceof LegEvent legEvent)) {
            return;
        }
        if (event instanceof LegEnded) {
            live.remove(legEvent.leg());
        } else if (!live.contains(legEvent.leg())) {
            live.add(legEvent.leg());
        }
        if (live.isEmpty() || random.nextDouble() >= share) {
            return;
        }
        var leg = live.get(random.nextInt(live.size()));
        var other = live.get(random.nextInt(live.size()));
        var endpoint = endpoints.isEmpty() ? "agent:chaos" : endpoints.get(random.nextInt(endpoints.size()));
        var stage = switch (random.nextInt(16)) {
            case 0 -> telephony.hold(leg, Prompt.file("moh/default"));
            case 1 -> telephony.unhold(leg);
            case 2 -> telephony.startRecording(leg, RecordingOptions.stereoWav("chaos/" + (keys++)));
            case 3 -> telephony.stopRecording(leg, "chaos/" + random.nextInt(Math.max(1, keys)));
            case 4 -> telephony.unbridge(leg);
            case 5 -> telephony.bridge(leg, other);
            case 6 -> telephony.play(leg, Playback.once("chaos", Prompt.tts("测试")));
            case 7 -> telephony.collectDigits(leg, DigitCollection.menu(null, Duration.ofSeconds(2)));
            case 8 -> telephony.transferBlind(leg, Originate.to(telephony.newLegId(), endpoint));
            case 9 -> telephony.transferAttended(leg, other, Originate.to(telephony.newLegId(), endpoint));
            case 10 -> telephony.completeAttendedTransfer(leg);
            case 11 -> telephony.cancelAttendedTransfer(leg);
            case 12 -> telephony.monitor(telephony.newLegId(), endpoint, leg, MonitorMode.LISTEN);
            case 13 -> telephony.setMonitorMode(leg, MonitorMode.BARGE);
            case 14 -> telephony.stopPlayback(leg);
            default -> telephony.hangup(leg, HangupCause.NORMAL_CLEARING);
        };
        stage.exceptionally(refused -> null);
    }
}
