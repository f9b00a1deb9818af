package hotline.telephony.sip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The browser softphone's edge as the repository ships it ({@code deploy/softphone/kamailio.cfg}): Kamailio with its
 * SIP WebSocket in front of Hotline's SIP adapter and rtpengine (userspace, no kernel module) bridging the browser's
 * ICE + DTLS-SRTP to plain RTP, all on loopback with ports of their own. Missing binaries fail the test; processes are
 * stopped by their own handles (through {@link SipPeers}).
 */
final class WebRtcEdge {

    final int webSocketPort;
    final int sipPort;
    final int controlPort;
    private final SipPeers peers;

    private WebRtcEdge(SipPeers peers, int webSocketPort, int sipPort, int controlPort) {
        this.peers = peers;
        this.webSocketPort = webSocketPort;
        this.sipPort = sipPort;
        this.controlPort = controlPort;
    }

    /** Starts rtpengine and Kamailio in front of Hotline's SIP adapter at {@code hotlinePort} and waits for both. */
    static WebRtcEdge start(SipPeers peers, Path dir, int webSocketPort, int hotlinePort) {
        SipPeers.require("kamailio", "rtpengine");
        int sipPort = SipPeers.freeUdpPort();
        int controlPort = SipPeers.freeUdpPort();
        int rtpFrom = 20000 + (SipPeers.freeUdpPort() % 90) * 100;
        peers.start(dir.resolve("rtpengine.log"), "rtpengine", "--config-file=none", "--foreground", "--log-stderr",
                "--table=-1", "--interface=127.0.0.1", "--listen-ng=127.0.0.1:" + controlPort,
                "--port-min=" + rtpFrom, "--port-max=" + (rtpFrom + 99), "--log-level=6");
        var config = Path.of("deploy/softphone/kamailio.cfg").toAbsolutePath();
        assertThat(config).exists();
        peers.start(dir.resolve("kamailio.log"), "kamailio", "-DD", "-E", "-f", config.toString(),
                "-Y", dir.toString(), "-w", dir.toString(),
                "-A", "SIP_LISTEN=udp:127.0.0.1:" + sipPort,
                "-A", "WS_LISTEN=tcp:127.0.0.1:" + webSocketPort,
                "-A", "HOTLINE=\"sip:127.0.0.1:" + hotlinePort + "\"",
                "-A", "RTPENGINE=\"udp:127.0.0.1:" + controlPort + "\"");
        var edge = new WebRtcEdge(peers, webSocketPort, sipPort, controlPort);
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .untilAsserted(() -> assertThat(edge.pong()).as("rtpengine answers ping; %s", peers.log("rtpengine.log"))
                        .isTrue());
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .untilAsserted(() -> {
                    try (var socket = new Socket()) {
                        socket.connect(new InetSocketAddress("127.0.0.1", webSocketPort), 500);
                    }
                });
        return edge;
    }

    String webSocket() {
        return "ws://127.0.0.1:" + webSocketPort;
    }

    /** rtpengine's control protocol (bencode over UDP): {@code ping} → {@code pong}. */
    boolean pong() throws IOException {
        try (var socket = new DatagramSocket()) {
            socket.setSoTimeout(500);
            var request = "hotline1 d7:command4:pinge".getBytes(StandardCharsets.US_ASCII);
            socket.send(new DatagramPacket(request, request.length, InetAddress.getLoopbackAddress(), controlPort));
            var buffer = new byte[512];
            var reply = new DatagramPacket(buffer, buffer.length);
            socket.receive(reply);
            return new String(buffer, 0, reply.getLength(), StandardCharsets.US_ASCII).contains("pong");
        }
    }

    static int freeTcpPort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String logs() {
        return "kamailio:\n" + tail(peers.log("kamailio.log")) + "\nrtpengine:\n" + tail(peers.log("rtpengine.log"));
    }

    private static String tail(String text) {
        return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
    }
}
