package hotline.telephony.sip;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.PriorityQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntConsumer;

/**
 * One leg's G.711 RTP (RFC 3550): a UDP channel (received by the shared {@link RtpReceiver}) feeding a small jitter
 * buffer, and a packetizer the media clock calls every 20 ms. The jitter buffer reorders by sequence number, drops
 * what comes too late, waits for two packets after running dry before playing out again, and keeps at most
 * {@link #MAX_BUFFERED} packets (older ones are dropped) so a burst cannot add lasting delay. RFC 4733 telephone
 * events are reported once per key press (the end packet, sent three times, is counted once by its timestamp).
 */
final class RtpSession implements AutoCloseable {

    static final int SAMPLES_PER_FRAME = 160;
    static final int MAX_BUFFERED = 10;
    private static final int PREBUFFER = 2;
    private static final String KEYS = "0123456789*#ABCD";

    private record Packet(long sequence, short[] samples) {
    }

    private final DatagramChannel channel;
    private final int localPort;
    private final IntConsumer onDigit;
    private final int ssrc = ThreadLocalRandom.current().nextInt();
    private final PriorityQueue<Packet> buffer = new PriorityQueue<>((a, b) -> Long.compare(a.sequence, b.sequence));
    private volatile InetSocketAddress remote;
    private volatile int codec = G711.PCMU;
    private volatile int telephoneEvent = Sdp.DEFAULT_TELEPHONE_EVENT;
    private int sequence = ThreadLocalRandom.current().nextInt(0, 65536);
    private long timestamp = ThreadLocalRandom.current().nextInt() & 0xffffffffL;
    private short[] head;
    private int headOffset;
    private long lastPlayed = -1;
    private long highest = -1;
    private boolean prebuffering = true;
    private long lastEventTimestamp = -1;
    private volatile long received;
    private volatile long sent;

    RtpSession(String address, RtpReceiver receiver, IntConsumer onDigit) throws SocketException {
        try {
            this.channel = DatagramChannel.open();
            channel.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            channel.configureBlocking(false);
            this.localPort = ((InetSocketAddress) channel.getLocalAddress()).getPort();
        } catch (IOException e) {
            throw new SocketException("cannot open RTP on " + address + ": " + e.getMessage());
        }
        this.onDigit = onDigit;
        receiver.register(channel, this);
    }

    int localPort() {
        return localPort;
    }

    /** Where to send, and in which codec, once the far end's SDP is known. */
    void connect(Sdp far) {
        this.codec = far.codec() < 0 ? G711.PCMU : far.codec();
        if (far.telephoneEvent() >= 0) {
            this.telephoneEvent = far.telephoneEvent();
        }
        this.remote = new InetSocketAddress(far.address(), far.port());
    }

    long packetsReceived() {
        return received;
    }

    long packetsSent() {
        return sent;
    }

    /** Sends one 20 ms frame (media clock thread). */
    void send(short[] frame) {
        var to = remote;
        if (to == null) {
            return;
        }
        byte[] packet = new byte[12 + SAMPLES_PER_FRAME];
        packet[0] = (byte) 0x80;
        packet[1] = (byte) codec;
        packet[2] = (byte) (sequence >> 8);
        packet[3] = (byte) sequence;
        packet[4] = (byte) (timestamp >> 24);
        packet[5] = (byte) (timestamp >> 16);
        packet[6] = (byte) (timestamp >> 8);
        packet[7] = (byte) timestamp;
        packet[8] = (byte) (ssrc >> 24);
        packet[9] = (byte) (ssrc >> 16);
        packet[10] = (byte) (ssrc >> 8);
        packet[11] = (byte) ssrc;
        int c = codec;
        for (int i = 0; i < SAMPLES_PER_FRAME; i++) {
            packet[12 + i] = G711.encode(c, frame[i]);
        }
        sequence = (sequence + 1) & 0xffff;
        timestamp = (timestamp + SAMPLES_PER_FRAME) & 0xffffffffL;
        try {
            channel.send(ByteBuffer.wrap(packet), to);
            sent++;
        } catch (IOException e) {
            // the socket was closed under us, or the far end is gone: the leg's end follows
        }
    }

    /** The next 20 ms the far end said, or null when nothing is buffered (media clock thread). */
    short[] pull() {
        synchronized (buffer) {
            if (prebuffering) {
                if (buffer.size() < PREBUFFER && head == null) {
                    return null;
                }
                prebuffering = false;
            }
            var frame = new short[SAMPLES_PER_FRAME];
            int filled = 0;
            while (filled < SAMPLES_PER_FRAME) {
                if (head == null) {
                    var next = buffer.poll();
                    if (next == null) {
                        prebuffering = true;
                        break;
                    }
                    head = next.samples;
                    headOffset = 0;
                    lastPlayed = next.sequence;
                }
                int n = Math.min(SAMPLES_PER_FRAME - filled, head.length - headOffset);
                System.arraycopy(head, headOffset, frame, filled, n);
                filled += n;
                headOffset += n;
                if (headOffset == head.length) {
                    head = null;
                }
            }
            return filled == 0 ? null : frame;
        }
    }

    /** One datagram from the far end ({@link RtpReceiver}'s thread). */
    void handle(byte[] data, int length) {
        if (length < 12 || (data[0] & 0xc0) != 0x80) {
            return;
        }
        int csrcs = data[0] & 0x0f;
        int offset = 12 + 4 * csrcs;
        if ((data[0] & 0x10) != 0 && length >= offset + 4) {
            offset += 4 + 4 * (((data[offset + 2] & 0xff) << 8) | (data[offset + 3] & 0xff));
        }
        int end = length;
        if ((data[0] & 0x20) != 0) {
            end -= data[length - 1] & 0xff;
        }
        if (offset >= end) {
            return;
        }
        int payloadType = data[1] & 0x7f;
        int seq = ((data[2] & 0xff) << 8) | (data[3] & 0xff);
        long ts = ((long) (data[4] & 0xff) << 24) | ((data[5] & 0xff) << 16) | ((data[6] & 0xff) << 8)
                | (data[7] & 0xff);
        received++;
        if (payloadType == telephoneEvent) {
            boolean endOfEvent = (data[offset + 1] & 0x80) != 0;
            int event = data[offset] & 0xff;
            if (endOfEvent && ts != lastEventTimestamp && event < KEYS.length()) {
                lastEventTimestamp = ts;
                onDigit.accept(KEYS.charAt(event));
            }
            return;
        }
        if (payloadType != G711.PCMU && payloadType != G711.PCMA) {
            return;
        }
        var samples = new short[end - offset];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = G711.decode(payloadType, data[offset + i]);
        }
        synchronized (buffer) {
            long extended = extend(seq);
            if (extended <= lastPlayed) {
                return; // too late: its time has passed
            }
            buffer.add(new Packet(extended, samples));
            while (buffer.size() > MAX_BUFFERED) {
                lastPlayed = buffer.poll().sequence;
            }
        }
    }

    /** Sequence numbers wrap at 65536; keep counting past the wrap. */
    private long extend(int seq) {
        if (highest < 0) {
            highest = seq;
            return seq;
        }
        long cycle = highest & ~0xffffL;
        long candidate = cycle | seq;
        if (candidate < highest - 32768) {
            candidate += 65536;
        } else if (candidate > highest + 32768) {
            candidate -= 65536;
        }
        highest = Math.max(highest, candidate);
        return candidate;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing
        }
    }
}
