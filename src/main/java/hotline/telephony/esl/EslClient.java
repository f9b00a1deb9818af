package hotline.telephony.esl;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Our own inbound event-socket client (ADR 0035): connects to FreeSWITCH's {@code mod_event_socket}, answers
 * {@code auth/request}, subscribes to events, and sends {@code api}, {@code bgapi} and {@code sendmsg} commands.
 * FreeSWITCH answers commands in the order they were sent (one {@code command/reply} or {@code api/response} each), so
 * replies are matched to a FIFO of pending commands; events may come between them. One thread per client reads the
 * socket and, when the connection drops, reconnects with exponential back-off.
 */
final class EslClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EslClient.class);

    /** Called on the client's reader thread: quickly hand work elsewhere. */
    interface Listener {
        /** Authenticated and subscribed: commands may be sent. */
        void connected();

        void event(EslEvent event);

        /** The connection is gone (or could not be made); the client keeps trying. */
        void disconnected(String reason);
    }

    record Settings(String host, int port, String password, String format, List<String> events,
                    Duration connectTimeout, Duration minBackoff, Duration maxBackoff) {
    }

    private final Settings settings;
    private final Listener listener;
    private final Object writeLock = new Object();
    private final ArrayDeque<CompletableFuture<EslMessage>> pending = new ArrayDeque<>();
    private final Thread thread;
    private volatile boolean closed;
    private volatile Socket socket;
    private OutputStream out;
    private volatile boolean ready;

    EslClient(Settings settings, Listener listener) {
        this.settings = settings;
        this.listener = listener;
        this.thread = new Thread(this::run, "esl-" + settings.host() + ":" + settings.port());
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    boolean isReady() {
        return ready;
    }

    /** {@code api <command>}: completes with the response body (which may be {@code -ERR …}). */
    CompletableFuture<String> api(String command) {
        return send("api " + command, Map.of()).thenApply(EslMessage::body);
    }

    /**
     * {@code bgapi <command>} with our own {@code Job-UUID}: completes with the reply once FreeSWITCH has queued the
     * job; the job's result arrives later as a {@code BACKGROUND_JOB} event carrying that {@code Job-UUID}.
     */
    CompletableFuture<EslMessage> bgapi(String command, String jobUuid) {
        return send("bgapi " + command, Map.of("Job-UUID", jobUuid));
    }

    /** {@code sendmsg <uuid>} with {@code call-command} and friends as headers. */
    CompletableFuture<EslMessage> sendmsg(String uuid, Map<String, String> headers) {
        return send("sendmsg " + uuid, headers);
    }

    /** Sends one command and completes with its reply; fails at once if not connected. */
    CompletableFuture<EslMessage> send(String line, Map<String, String> headers) {
        var reply = new CompletableFuture<EslMessage>();
        var text = new StringBuilder(line.replace('\n', ' ')).append('\n');
        headers.forEach((name, value) -> text.append(name).append(": ").append(value.replace('\n', ' ')).append('\n'));
        text.append('\n');
        synchronized (writeLock) {
            if (!ready) {
                reply.completeExceptionally(new IOException("event socket not connected"));
                return reply;
            }
            try {
                pending.add(reply);
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                pending.remove(reply);
                reply.completeExceptionally(e);
                closeSocket();
            }
        }
        return reply;
    }

    private void run() {
        long backoff = settings.minBackoff().toMillis();
        while (!closed) {
            String reason;
            try {
                var reader = connect();
                backoff = settings.minBackoff().toMillis();
                listener.connected();
                readLoop(reader);
                reason = "connection closed by FreeSWITCH";
            } catch (IOException | RuntimeException e) {
                reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            boolean wasReady = ready;
            dropConnection(reason);
            if (closed) {
                return;
            }
            if (wasReady) {
                log.warn("FreeSWITCH event socket {}:{} lost: {}", settings.host(), settings.port(), reason);
            }
            listener.disconnected(reason);
            sleep(backoff);
            backoff = Math.min(backoff * 2, settings.maxBackoff().toMillis());
        }
    }

    private EslFrameReader connect() throws IOException {
        var s = new Socket();
        socket = s;
        s.setTcpNoDelay(true);
        s.connect(new InetSocketAddress(settings.host(), settings.port()), (int) settings.connectTimeout().toMillis());
        var reader = new EslFrameReader(new BufferedInputStream(s.getInputStream()));
        var greeting = reader.read();
        if (!greeting.contentType().equals("auth/request")) {
            throw new IOException("expected auth/request, got " + greeting.contentType());
        }
        out = s.getOutputStream();
        exchange(reader, "auth " + settings.password(), "authentication refused");
        exchange(reader, "event " + settings.format() + " " + String.join(" ", settings.events()),
                "subscription refused");
        synchronized (writeLock) {
            ready = true;
        }
        return reader;
    }

    /** A command during the handshake, before events flow: its reply is the next frame. */
    private void exchange(EslFrameReader reader, String command, String refusal) throws IOException {
        out.write((command + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        var reply = reader.read();
        if (!reply.isOk()) {
            throw new IOException(refusal + ": " + reply.replyText());
        }
    }

    private void readLoop(EslFrameReader reader) throws IOException {
        while (!closed) {
            var frame = reader.read();
            switch (frame.contentType()) {
                case "command/reply", "api/response" -> {
                    CompletableFuture<EslMessage> reply;
                    synchronized (writeLock) {
                        reply = pending.poll();
                    }
                    if (reply != null) {
                        reply.complete(frame);
                    } else {
                        log.debug("unexpected reply from FreeSWITCH: {}", frame);
                    }
                }
                case "text/event-plain", "text/event-json" -> listener.event(EslEvent.of(frame));
                case "text/disconnect-notice" -> {
                    return;
                }
                default -> log.debug("ignoring event-socket frame of type {}", frame.contentType());
            }
        }
    }

    private void dropConnection(String reason) {
        synchronized (writeLock) {
            ready = false;
            closeSocket();
            var failure = new IOException("event socket disconnected: " + reason);
            CompletableFuture<EslMessage> reply;
            while ((reply = pending.poll()) != null) {
                reply.completeExceptionally(failure);
            }
        }
    }

    private void closeSocket() {
        var s = socket;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        closeSocket();
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
