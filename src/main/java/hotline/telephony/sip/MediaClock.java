package hotline.telephony.sip;

import hotline.telephony.MonitorMode;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The B2BUA's media: every 20 ms, for every leg with media, take what its far end said, work out what it hears —
 * its prompt or music, else its bridged peer, plus a supervisor who whispers or barges; a supervisor hears both
 * sides — send that, and write both directions to the leg's recordings. One thread for all legs keeps the two sides
 * of a recording aligned on the same clock.
 */
final class MediaClock implements AutoCloseable {

    private final List<SipLeg> legs = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService thread;
    private final BiConsumer<SipLeg, PromptPlayer> playerDone;
    private volatile long ticks;
    private volatile long lateTicks;
    private long lastTick;

    /** {@code playerDone} is told (on the media thread: hand it on) when a leg's player ran out. */
    MediaClock(BiConsumer<SipLeg, PromptPlayer> playerDone) {
        this.playerDone = playerDone;
        this.thread = Executors.newSingleThreadScheduledExecutor(work -> {
            var t = new Thread(work, "sip-media-clock");
            t.setDaemon(true);
            t.setPriority(Thread.MAX_PRIORITY);
            return t;
        });
        thread.scheduleAtFixedRate(this::tick, 20, 20, TimeUnit.MILLISECONDS);
    }

    void add(SipLeg leg) {
        legs.add(leg);
    }

    void remove(SipLeg leg) {
        legs.remove(leg);
    }

    int legs() {
        return legs.size();
    }

    long ticks() {
        return ticks;
    }

    /** Ticks that started more than 10 ms late (the machine could not keep up). */
    long lateTicks() {
        return lateTicks;
    }

    private void tick() {
        long now = System.nanoTime();
        if (lastTick != 0 && now - lastTick > 30_000_000L) {
            lateTicks++;
        }
        lastTick = now;
        ticks++;
        var snapshot = legs;
        for (var leg : snapshot) {
            leg.said = leg.rtp.pull();
        }
        for (var leg : snapshot) {
            try {
                var heard = heard(leg);
                leg.rtp.send(heard == null ? new short[RtpSession.SAMPLES_PER_FRAME] : heard);
                for (var recorder : leg.recorders) {
                    recorder.write(leg.said, heard);
                }
            } catch (RuntimeException e) {
                // one leg's trouble must not stop everybody's audio
            }
        }
    }

    private short[] heard(SipLeg leg) {
        var player = leg.player.get();
        if (player != null) {
            var frame = player.next();
            if (frame != null) {
                return frame;
            }
            if (leg.player.compareAndSet(player, null)) {
                playerDone.accept(leg, player);
            }
        }
        short[] heard = null;
        var target = leg.monitorTarget;
        if (target != null) {
            heard = mix(heard, target.said);
            var other = target.peer;
            if (other != null) {
                heard = mix(heard, other.said);
            }
            return heard;
        }
        if (leg.held) {
            return null;
        }
        var peer = leg.peer;
        if (peer != null && !peer.held) {
            heard = mix(heard, peer.said);
        }
        for (var supervisor : leg.supervisors) {
            var mode = supervisor.monitorMode;
            if (mode == MonitorMode.WHISPER || mode == MonitorMode.BARGE) {
                heard = mix(heard, supervisor.said);
            }
        }
        if (peer != null) {
            for (var supervisor : peer.supervisors) {
                if (supervisor.monitorMode == MonitorMode.BARGE) {
                    heard = mix(heard, supervisor.said);
                }
            }
        }
        return heard;
    }

    private static short[] mix(short[] into, short[] add) {
        if (add == null) {
            return into;
        }
        if (into == null) {
            return add;
        }
        var out = new short[into.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, into[i] + add[i]));
        }
        return out;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
