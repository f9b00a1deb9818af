package hotline.telephony.sip;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One thread receiving RTP for every leg (a selector over non-blocking channels), instead of a thread per leg: with
 * a few hundred legs on two cores, hundreds of receiver threads crowd out the signalling thread.
 */
final class RtpReceiver implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RtpReceiver.class);

    private record Registration(DatagramChannel channel, RtpSession session) {
    }

    private final Selector selector;
    private final Thread thread;
    private final ConcurrentLinkedQueue<Registration> pending = new ConcurrentLinkedQueue<>();
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(2048);
    private final byte[] bytes = new byte[2048];

    RtpReceiver() {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(this::run, "sip-rtp-receiver");
        thread.setDaemon(true);
        thread.start();
    }

    void register(DatagramChannel channel, RtpSession session) {
        pending.add(new Registration(channel, session));
        selector.wakeup();
    }

    private void run() {
        while (selector.isOpen()) {
            try {
                selector.select();
                Registration r;
                while ((r = pending.poll()) != null) {
                    if (r.channel().isOpen()) {
                        r.channel().register(selector, SelectionKey.OP_READ, r.session());
                    }
                }
                var keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    var key = keys.next();
                    keys.remove();
                    if (!key.isValid()) {
                        continue;
                    }
                    var channel = (DatagramChannel) key.channel();
                    var session = (RtpSession) key.attachment();
                    while (true) {
                        buffer.clear();
                        if (channel.receive(buffer) == null) {
                            break;
                        }
                        buffer.flip();
                        int length = buffer.remaining();
                        buffer.get(bytes, 0, length);
                        session.handle(bytes, length);
                    }
                }
            } catch (ClosedSelectorException e) {
                return;
            } catch (IOException | RuntimeException e) {
                log.debug("RTP receive: {}", e.toString());
            }
        }
    }

    @Override
    public void close() {
        try {
            selector.close();
        } catch (IOException ignored) {
            // closing
        }
    }
}
