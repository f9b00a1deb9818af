package hotline.telephony.esl;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A FreeSWITCH stand-in speaking the event socket's wire protocol (inbound mode) as {@code mod_event_socket} documents
 * it: {@code auth/request} → {@code auth} → {@code command/reply}; {@code event plain|json …}; {@code api} →
 * {@code api/response} with {@code Content-Length}; {@code bgapi} → {@code +OK Job-UUID} then a
 * {@code BACKGROUND_JOB} event; {@code sendmsg}; {@code exit} → {@code text/disconnect-notice}. Behind it a small
 * channel model (originate, answer, park, bridge, hold, record, playback, play_and_get_digits, eavesdrop, kill)
 * emits {@code CHANNEL_*}, {@code DTMF}, {@code RECORD_*} and {@code sofia::register} events with the headers a real
 * switch sends. Time is virtual: the test moves it with {@link #advance}, so a 20-second ring costs nothing.
 * Nothing of FreeSWITCH's code is in here; see {@code notes} in ADR 0035 for what the fake cannot prove.
 */
final class FakeFreeswitch implements AutoCloseable {

    static final String PASSWORD = "ClueCon";
    private static final String CORE_UUID = "6f5c3b2e-0b7a-4a53-9d0e-fa1ce5ca1e00";

    /** A directory user: registered or not, answering after a second or never. */
    record Phone(String user, boolean answers) {
    }

    private final class Channel {
        final String uuid;
        final boolean inbound;
        final String callerNumber;
        final String destination;
        final Map<String, String> vars = new LinkedHashMap<>();
        boolean answered;
        Channel partner;
        boolean held;
        String app;
        String appUuid;
        Timer appTimer;
        StringBuilder digits;
        String[] collectArgs;
        Timer ringTimer;
        String recording;
        Instant recordingSince;
        Channel eavesdropping;
        String job;
        String jobCommand;

        Channel(String uuid, boolean inbound, String callerNumber, String destination) {
            this.uuid = uuid;
            this.inbound = inbound;
            this.callerNumber = callerNumber;
            this.destination = destination;
        }
    }

    private record Timer(Instant at, long order, Runnable task) {
    }

    private final ServerSocket server;
    private final Thread acceptor;
    private final Map<String, Channel> channels = new LinkedHashMap<>();
    private final Map<String, Phone> phones = new HashMap<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>((a, b) -> a.at.equals(b.at)
            ? Long.compare(a.order, b.order) : a.at.compareTo(b.at));
    private final Set<Timer> cancelled = Collections.newSetFromMap(new HashMap<>());
    private final AtomicLong order = new AtomicLong();
    private final List<String> commands = Collections.synchronizedList(new ArrayList<>());
    private long sequence;
    private Instant now = Instant.now();
    private volatile Connection connection;
    private volatile boolean splitWrites;
    private volatile boolean closed;

    private final class Connection {
        final Socket socket;
        final OutputStream out;
        String format;
        final Set<String> events = new LinkedHashSet<>();
        volatile boolean subscribed;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        void write(String headers, String body) {
            byte[] bodyBytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            var text = new StringBuilder(headers);
            if (body != null) {
                text.append("Content-Length: ").append(bodyBytes.length).append('\n');
            }
            text.append('\n');
            byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
            try {
                synchronized (out) {
                    if (splitWrites) {
                        var all = new byte[head.length + bodyBytes.length];
                        System.arraycopy(head, 0, all, 0, head.length);
                        System.arraycopy(bodyBytes, 0, all, head.length, bodyBytes.length);
                        for (byte b : all) {
                            out.write(b);
                            out.flush();
                        }
                    } else {
                        out.write(head);
                        out.write(bodyBytes);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                close();
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // gone anyway
            }
        }
    }

    FakeFreeswitch() {
        try {
            server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::accept, "fake-freeswitch");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Frames leave one byte per write from now on: the client must reassemble them. */
    void splitWrites(boolean split) {
        this.splitWrites = split;
    }

    List<String> commands() {
        synchronized (commands) {
            return List.copyOf(commands);
        }
    }

    boolean subscribed() {
        var c = connection;
        return c != null && c.subscribed;
    }

    /** Drops the client's connection, as a FreeSWITCH restart would. */
    void dropConnection() {
        var c = connection;
        if (c != null) {
            c.close();
        }
    }

    synchronized Instant now() {
        return now;
    }

    /** Moves virtual time on, running every timer that falls due on the way. */
    synchronized void advance(Duration duration) {
        var until = now.plus(duration);
        while (!timers.isEmpty() && !timers.peek().at.isAfter(until)) {
            var timer = timers.poll();
            if (cancelled.remove(timer)) {
                continue;
            }
            now = timer.at.isAfter(now) ? timer.at : now;
            timer.task.run();
        }
        now = until;
    }

    private Timer after(Duration delay, Runnable task) {
        var timer = new Timer(now.plus(delay), order.incrementAndGet(), task);
        timers.add(timer);
        return timer;
    }

    private void cancel(Timer timer) {
        if (timer != null) {
            cancelled.add(timer);
        }
    }

    // ---- far ends, played by the test -------------------------------------------------------------------------------

    synchronized void register(Phone phone) {
        phones.put(phone.user(), phone);
        custom("sofia::register", Map.of("profile-name", "internal", "from-user", phone.user(), "from-host",
                "127.0.0.1", "contact", "\"" + phone.user() + "\" <sip:" + phone.user() + "@127.0.0.1:5080>",
                "expires", "3600"));
    }

    synchronized void unregister(String user) {
        phones.remove(user);
        custom("sofia::unregister", Map.of("profile-name", "internal", "from-user", user, "from-host", "127.0.0.1"));
    }

    /** A caller reaches the public profile; the dialplan parks the call for Hotline. Returns the channel's uuid. */
    synchronized String placeCall(String callerNumber, String calledNumber) {
        var channel = new Channel(UUID.randomUUID().toString(), true, callerNumber, calledNumber);
        channel.vars.put("sofia_profile_name", "external");
        channel.vars.put("park_after_bridge", "true");
        channel.vars.put("hangup_after_bridge", "false");
        channels.put(channel.uuid, channel);
        emit("CHANNEL_CREATE", channel, Map.of());
        emit("CHANNEL_PARK", channel, Map.of());
        return channel.uuid;
    }

    /** The far end presses keys, 200 ms apart (RFC 2833 events reported by the switch as DTMF). */
    synchronized void pressDigits(String uuid, String digits) {
        for (int i = 0; i < digits.length(); i++) {
            char digit = digits.charAt(i);
            after(Duration.ofMillis(200L * (i + 1)), () -> dtmf(uuid, digit));
        }
    }

    synchronized void hangUpFarEnd(String uuid) {
        var channel = channels.get(uuid);
        if (channel != null) {
            hangup(channel, channel.answered ? "NORMAL_CLEARING" : "ORIGINATOR_CANCEL");
        }
    }

    synchronized boolean hasChannel(String uuid) {
        return channels.containsKey(uuid);
    }

    synchronized String partnerOf(String uuid) {
        var channel = channels.get(uuid);
        return channel == null || channel.partner == null ? null : channel.partner.uuid;
    }

    synchronized String eavesdropDigits(String uuid) {
        var channel = channels.get(uuid);
        return channel == null ? null : channel.vars.get("eavesdrop_mode");
    }

    /** Sends {@code text/event-plain} frames of a transcript byte for byte (see {@code src/test/resources/esl}). */
    synchronized void replayPlain(List<String> bodies) {
        var c = connection;
        if (c == null || !c.subscribed) {
            throw new IllegalStateException("no subscribed client to replay to");
        }
        for (var body : bodies) {
            c.write("Content-Type: text/event-plain\n", body);
        }
    }

    // ---- the socket -------------------------------------------------------------------------------------------------

    private void accept() {
        while (!closed) {
            try {
                var socket = server.accept();
                var c = new Connection(socket);
                connection = c;
                var reader = new Thread(() -> serve(c), "fake-freeswitch-connection");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Connection c) {
        try (var in = new BufferedInputStream(c.socket.getInputStream())) {
            c.write("Content-Type: auth/request\n", null);
            boolean authenticated = false;
            while (true) {
                var command = readCommand(in);
                if (command == null) {
                    return;
                }
                commands.add(command.get(""));
                var line = command.get("");
                if (!authenticated) {
                    if (line.equals("auth " + PASSWORD)) {
                        authenticated = true;
                        reply(c, "+OK accepted");
                    } else {
                        reply(c, "-ERR invalid");
                        c.write("Content-Type: text/disconnect-notice\n", "Disconnected, goodbye.\n");
                        c.close();
                        return;
                    }
                    continue;
                }
                handle(c, line, command);
            }
        } catch (IOException e) {
            // client went away
        } finally {
            if (connection == c) {
                connection = null;
            }
        }
    }

    /** One command: its first line under key "", then its header lines; null at end of stream. */
    private static Map<String, String> readCommand(InputStream in) throws IOException {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        var bytes = new java.io.ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            if (b != '\n') {
                bytes.write(b);
                continue;
            }
            var text = bytes.toString(StandardCharsets.UTF_8);
            bytes.reset();
            if (text.isEmpty()) {
                if (lines.isEmpty()) {
                    continue;
                }
                break;
            }
            lines.add(text);
        }
        var command = new LinkedHashMap<String, String>();
        command.put("", lines.get(0));
        for (var header : lines.subList(1, lines.size())) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                command.put(header.substring(0, colon).trim().toLowerCase(), header.substring(colon + 1).trim());
            }
        }
        return command;
    }

    private void handle(Connection c, String line, Map<String, String> headers) {
        if (line.startsWith("event ")) {
            var words = line.split(" ");
            synchronized (this) {
                c.format = words[1];
                c.events.addAll(List.of(words).subList(2, words.length));
                reply(c, "+OK event listener enabled " + c.format);
                c.subscribed = true;
            }
        } else if (line.startsWith("api ")) {
            synchronized (this) {
                c.write("Content-Type: api/response\n", api(line.substring(4)) + "\n");
            }
        } else if (line.startsWith("bgapi ")) {
            synchronized (this) {
                var job = headers.getOrDefault("job-uuid", UUID.randomUUID().toString());
                c.write("Content-Type: command/reply\nReply-Text: +OK Job-UUID: " + job + "\nJob-UUID: " + job + "\n",
                        null);
                var command = line.substring(6);
                if (command.startsWith("originate ")) {
                    originate(command.substring(10), job, command);
                } else {
                    backgroundJob(job, command, api(command));
                }
            }
        } else if (line.startsWith("sendmsg ")) {
            synchronized (this) {
                reply(c, sendmsg(line.substring(8).trim(), headers));
            }
        } else if (line.equals("exit")) {
            reply(c, "+OK bye");
            c.write("Content-Type: text/disconnect-notice\n", "Disconnected, goodbye.\n");
            c.close();
        } else {
            reply(c, "-ERR command not found");
        }
    }

    private static void reply(Connection c, String text) {
        c.write("Content-Type: command/reply\nReply-Text: " + text + "\n", null);
    }

    // ---- api --------------------------------------------------------------------------------------------------------

    private String api(String command) {
        var words = command.trim().split(" +");
        var name = words[0];
        switch (name) {
            case "status":
                return "UP 0 years, 0 days, 0 hours, 1 minute, 2 seconds\nFreeSWITCH (fake) is ready";
            case "uuid_exists":
                return String.valueOf(words.length > 1 && channels.containsKey(words[1]));
            case "sofia_contact": {
                var user = words.length > 1 ? words[1].replaceFirst("@.*", "") : "";
                return phones.containsKey(user) ? "sofia/internal/sip:" + user + "@127.0.0.1:5080"
                        : "error/user_not_registered";
            }
            case "uuid_answer": {
                var channel = channel(words, 1);
                if (channel == null) {
                    return "-ERR No such channel!";
                }
                answer(channel);
                return "+OK";
            }
            case "uuid_kill": {
                var channel = channel(words, 1);
                if (channel == null) {
                    return "-ERR No such channel!";
                }
                hangup(channel, words.length > 2 ? words[2] : "NORMAL_CLEARING");
                return "+OK";
            }
            case "uuid_bridge": {
                var a = channel(words, 1);
                var b = channel(words, 2);
                if (a == null || b == null) {
                    return "-ERR no such channel";
                }
                bridge(a, b);
                return "+OK " + a.uuid;
            }
            case "uuid_park": {
                var channel = channel(words, 1);
                if (channel == null) {
                    return "-ERR No such channel!";
                }
                park(channel);
                return "+OK";
            }
            case "uuid_hold": {
                boolean off = words.length > 2 && words[1].equals("off");
                var channel = channel(words, off ? 2 : 1);
                if (channel == null) {
                    return "-ERR No such channel!";
                }
                if (off && channel.held) {
                    channel.held = false;
                    emit("CHANNEL_UNHOLD", channel, Map.of());
                } else if (!off && !channel.held) {
                    channel.held = true;
                    breakApp(channel, "PLAYBACK_INTERRUPTED");
                    emit("CHANNEL_HOLD", channel, Map.of());
                }
                return "+OK Success";
            }
            case "uuid_setvar": {
                var channel = channel(words, 1);
                if (channel == null) {
                    return "-ERR No such channel!";
                }
                channel.vars.put(words[2], words.length > 3 ? words[3] : "");
                return "+OK";
            }
            case "uuid_break": {
                var channel = channel(words, 1);
                if (channel == null) {
                    return "-ERR No such channel!";
                }
                breakApp(channel, "PLAYBACK_INTERRUPTED");
                return "+OK";
            }
            case "uuid_recv_dtmf": {
                var channel = channel(words, 1);
                if (channel == null) {
                    return "-ERR No such channel!";
                }
                if (channel.eavesdropping != null) {
                    channel.vars.put("eavesdrop_mode", words[2]);
                }
                return "+OK";
            }
            case "uuid_record":
                return record(words);
            default:
                return "-ERR " + name + " Command not found!";
        }
    }

    private Channel channel(String[] words, int index) {
        return words.length > index ? channels.get(words[index]) : null;
    }

    private String record(String[] words) {
        var channel = channel(words, 1);
        if (channel == null || words.length < 4) {
            return "-USAGE: <uuid> [start|stop|mask|unmask] <path> [<limit>]";
        }
        var path = words[3];
        if (words[2].equals("start")) {
            channel.recording = path;
            channel.recordingSince = now;
            emit("RECORD_START", channel, Map.of("Record-File-Path", path));
        } else if (words[2].equals("stop")) {
            if (!path.equals(channel.recording)) {
                return "-ERR Cannot locate a recording of " + path;
            }
            stopRecording(channel);
        }
        return "+OK Success";
    }

    private void stopRecording(Channel channel) {
        long ms = Duration.between(channel.recordingSince, now).toMillis();
        channel.vars.put("record_ms", String.valueOf(ms));
        channel.vars.put("record_seconds", String.valueOf(ms / 1000));
        var path = channel.recording;
        channel.recording = null;
        emit("RECORD_STOP", channel, Map.of("Record-File-Path", path));
    }

    // ---- channel model ----------------------------------------------------------------------------------------------

    /** originate {vars}user/name[@domain] &app(args): rings the user's phone, answers after a second if it answers. */
    private void originate(String arguments, String job, String command) {
        var vars = new LinkedHashMap<String, String>();
        String rest = arguments;
        if (rest.startsWith("{")) {
            int close = rest.indexOf('}');
            for (var pair : rest.substring(1, close).split("(?<!\\\\),")) {
                int eq = pair.indexOf('=');
                vars.put(pair.substring(0, eq), pair.substring(eq + 1).replace("\\,", ",").replace("\\ ", " "));
            }
            rest = rest.substring(close + 1);
        }
        var parts = rest.split(" ", 2);
        var dial = parts[0];
        var app = parts.length > 1 ? parts[1] : "&park()";
        var user = dial.startsWith("user/") ? dial.substring(5).replaceFirst("@.*", "") : dial;
        var phone = phones.get(user);
        if (phone == null) {
            backgroundJob(job, command, "-ERR USER_NOT_REGISTERED");
            return;
        }
        var channel = new Channel(vars.getOrDefault("origination_uuid", UUID.randomUUID().toString()), false,
                vars.getOrDefault("origination_caller_id_number", "0000000000"), user);
        channel.vars.putAll(vars);
        channel.job = job;
        channel.jobCommand = command;
        channels.put(channel.uuid, channel);
        emit("CHANNEL_CREATE", channel, Map.of());
        after(Duration.ofMillis(100), () -> {
            if (channels.get(channel.uuid) == channel) {
                emit("CHANNEL_PROGRESS", channel, Map.of());
            }
        });
        long timeout = Long.parseLong(vars.getOrDefault("originate_timeout", "60"));
        channel.ringTimer = after(Duration.ofSeconds(timeout), () -> hangup(channel, "NO_ANSWER"));
        if (phone.answers()) {
            after(Duration.ofSeconds(1), () -> {
                if (channels.get(channel.uuid) == channel && !channel.answered) {
                    answer(channel);
                    backgroundJob(job, command, "+OK " + channel.uuid);
                    channel.job = null;
                    run(channel, app);
                }
            });
        }
    }

    private void run(Channel channel, String app) {
        if (app.startsWith("&eavesdrop(")) {
            var target = channels.get(app.substring("&eavesdrop(".length(), app.length() - 1));
            if (target == null) {
                hangup(channel, "NORMAL_CLEARING");
                return;
            }
            channel.eavesdropping = target;
            channel.vars.put("eavesdrop_mode", "0");
            channel.app = "eavesdrop";
            emit("CHANNEL_EXECUTE", channel, Map.of("Application", "eavesdrop", "Application-Data", target.uuid));
        } else {
            emit("CHANNEL_PARK", channel, Map.of());
        }
    }

    private void answer(Channel channel) {
        if (channel.answered) {
            return;
        }
        cancel(channel.ringTimer);
        channel.answered = true;
        emit("CHANNEL_ANSWER", channel, Map.of());
    }

    private void bridge(Channel a, Channel b) {
        for (var channel : List.of(a, b)) {
            if (channel.partner != null) {
                unbridge(channel);
            }
            breakApp(channel, "PLAYBACK_INTERRUPTED");
        }
        a.partner = b;
        b.partner = a;
        emit("CHANNEL_BRIDGE", a, Map.of("Other-Leg-Unique-ID", b.uuid, "Bridge-A-Unique-ID", a.uuid,
                "Bridge-B-Unique-ID", b.uuid));
    }

    private void unbridge(Channel channel) {
        var other = channel.partner;
        channel.partner = null;
        other.partner = null;
        emit("CHANNEL_UNBRIDGE", channel, Map.of("Other-Leg-Unique-ID", other.uuid));
        emit("CHANNEL_PARK", other, Map.of());
    }

    private void park(Channel channel) {
        if (channel.partner != null) {
            unbridge(channel);
        }
        breakApp(channel, "PLAYBACK_INTERRUPTED");
        emit("CHANNEL_PARK", channel, Map.of());
    }

    private String sendmsg(String uuid, Map<String, String> headers) {
        var channel = channels.get(uuid);
        if (channel == null) {
            return "-ERR invalid session id [" + uuid + "]";
        }
        if (!"execute".equals(headers.get("call-command"))) {
            return "-ERR unsupported call-command";
        }
        var app = headers.get("execute-app-name");
        var arg = headers.getOrDefault("execute-app-arg", "");
        var appUuid = headers.getOrDefault("event-uuid", UUID.randomUUID().toString());
        breakApp(channel, "PLAYBACK_INTERRUPTED");
        channel.app = app;
        channel.appUuid = appUuid;
        emit("CHANNEL_EXECUTE", channel, Map.of("Application", app, "Application-Data", arg,
                "Application-UUID", appUuid));
        switch (app) {
            case "playback" -> {
                int files = arg.startsWith("file_string://") ? arg.split("!").length : 1;
                channel.appTimer = after(Duration.ofSeconds(2L * files), () -> finishApp(channel, "FILE PLAYED"));
            }
            case "endless_playback" -> {
                // plays until broken
            }
            case "play_and_get_digits" -> {
                channel.collectArgs = arg.split(" (?=(?:[^']*'[^']*')*[^']*$)");
                channel.digits = new StringBuilder();
                restartDigitTimer(channel, Duration.ofSeconds(2).plusMillis(Long.parseLong(channel.collectArgs[3])));
            }
            default -> channel.appTimer = after(Duration.ZERO, () -> finishApp(channel, "+OK"));
        }
        return "+OK";
    }

    private void restartDigitTimer(Channel channel, Duration timeout) {
        cancel(channel.appTimer);
        channel.appTimer = after(timeout, () -> finishCollection(channel, false));
    }

    private void dtmf(String uuid, char digit) {
        var channel = channels.get(uuid);
        if (channel == null) {
            return;
        }
        emit("DTMF", channel, Map.of("DTMF-Digit", String.valueOf(digit), "DTMF-Duration", "2000",
                "DTMF-Source", "RTP"));
        if (channel.eavesdropping != null) {
            channel.vars.put("eavesdrop_mode", String.valueOf(digit));
        }
        if (!"play_and_get_digits".equals(channel.app)) {
            return;
        }
        var args = channel.collectArgs;
        int max = Integer.parseInt(args[1]);
        if (args[4].indexOf(digit) >= 0 && !args[4].equals("none")) {
            finishCollection(channel, true);
            return;
        }
        channel.digits.append(digit);
        if (channel.digits.length() >= max) {
            finishCollection(channel, false);
        } else {
            restartDigitTimer(channel, Duration.ofMillis(Long.parseLong(args[9])));
        }
    }

    private void finishCollection(Channel channel, boolean terminated) {
        int min = Integer.parseInt(channel.collectArgs[0]);
        var digits = channel.digits.toString();
        if (digits.length() >= min) {
            channel.vars.put(channel.collectArgs[7], digits);
        } else {
            channel.vars.remove(channel.collectArgs[7]);
        }
        channel.vars.put("read_terminator_used", terminated ? channel.collectArgs[4] : "");
        finishApp(channel, digits.length() >= min ? "success" : "failure");
    }

    private void breakApp(Channel channel, String response) {
        if (channel.app != null && !channel.app.equals("eavesdrop")) {
            finishApp(channel, response);
        }
    }

    private void finishApp(Channel channel, String response) {
        if (channels.get(channel.uuid) != channel || channel.app == null) {
            return;
        }
        cancel(channel.appTimer);
        var app = channel.app;
        var appUuid = channel.appUuid;
        channel.app = null;
        channel.appUuid = null;
        channel.appTimer = null;
        emit("CHANNEL_EXECUTE_COMPLETE", channel, Map.of("Application", app, "Application-Response", response,
                "Application-UUID", appUuid == null ? "" : appUuid));
    }

    private void hangup(Channel channel, String cause) {
        if (channels.get(channel.uuid) != channel) {
            return;
        }
        cancel(channel.ringTimer);
        breakApp(channel, "PLAYBACK_INTERRUPTED");
        if (channel.recording != null) {
            stopRecording(channel);
        }
        if (channel.partner != null) {
            unbridge(channel);
        }
        channels.remove(channel.uuid);
        var extra = Map.of("Hangup-Cause", cause, "variable_hangup_cause", cause);
        emit("CHANNEL_HANGUP", channel, extra);
        emit("CHANNEL_HANGUP_COMPLETE", channel, extra);
        emit("CHANNEL_DESTROY", channel, Map.of());
        if (channel.job != null) {
            backgroundJob(channel.job, channel.jobCommand, "-ERR " + cause);
        }
        // eavesdrop returns when its target is gone; the supervisor's channel then hangs up
        for (var other : List.copyOf(channels.values())) {
            if (other.eavesdropping == channel) {
                other.eavesdropping = null;
                other.app = null;
                after(Duration.ofMillis(20), () -> hangup(other, "NORMAL_CLEARING"));
            }
        }
    }

    // ---- events -----------------------------------------------------------------------------------------------------

    private void backgroundJob(String job, String command, String result) {
        var headers = base("BACKGROUND_JOB");
        headers.put("Job-UUID", job);
        var words = command.split(" ", 2);
        headers.put("Job-Command", words[0]);
        headers.put("Job-Command-Arg", words.length > 1 ? words[1] : "");
        send(headers, result + "\n");
    }

    private void custom(String subclass, Map<String, String> extra) {
        var headers = base("CUSTOM");
        headers.put("Event-Subclass", subclass);
        headers.putAll(extra);
        send(headers, null);
    }

    private void emit(String name, Channel channel, Map<String, String> extra) {
        var headers = base(name);
        headers.put("Channel-State", channel.answered ? "CS_EXECUTE" : "CS_ROUTING");
        headers.put("Channel-Call-State", channel.held ? "HELD" : channel.answered ? "ACTIVE" : "RINGING");
        headers.put("Channel-Name", "sofia/" + (channel.inbound ? "external/" + channel.callerNumber
                : "internal/" + channel.destination) + "@127.0.0.1");
        headers.put("Unique-ID", channel.uuid);
        headers.put("Call-Direction", channel.inbound ? "inbound" : "outbound");
        headers.put("Answer-State", channel.answered ? "answered" : channel.inbound ? "ringing" : "early");
        headers.put("Caller-Caller-ID-Number", channel.callerNumber);
        headers.put("Caller-Destination-Number", channel.destination);
        headers.put("Caller-Unique-ID", channel.uuid);
        if (channel.partner != null) {
            headers.put("Other-Leg-Unique-ID", channel.partner.uuid);
        }
        headers.putAll(extra);
        channel.vars.forEach((name2, value) -> headers.put("variable_" + name2, value));
        send(headers, null);
    }

    private LinkedHashMap<String, String> base(String name) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("Event-Name", name);
        headers.put("Core-UUID", CORE_UUID);
        headers.put("FreeSWITCH-Hostname", "fs1");
        headers.put("FreeSWITCH-Switchname", "fs1");
        headers.put("Event-Date-Timestamp", String.valueOf(now.getEpochSecond() * 1_000_000 + now.getNano() / 1000));
        headers.put("Event-Calling-File", "fake_freeswitch.java");
        headers.put("Event-Sequence", String.valueOf(++sequence));
        return headers;
    }

    /** Writes an event to the client if it subscribed to it, in the format it asked for. */
    private void send(Map<String, String> headers, String body) {
        var c = connection;
        if (c == null || !c.subscribed) {
            return;
        }
        var name = headers.get("Event-Name");
        var subclass = headers.get("Event-Subclass");
        if (!c.events.contains("ALL") && !c.events.contains(name)
                && !(subclass != null && c.events.contains(subclass))) {
            return;
        }
        if ("json".equals(c.format)) {
            c.write("Content-Type: text/event-json\n", json(headers, body));
        } else {
            c.write("Content-Type: text/event-plain\n", plain(headers, body));
        }
    }

    static String plain(Map<String, String> headers, String body) {
        var text = headers.entrySet().stream().map(e -> e.getKey() + ": " + EslEvent.urlEncode(e.getValue()))
                .collect(Collectors.joining("\n", "", "\n"));
        if (body != null) {
            return text + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\n\n" + body;
        }
        return text + "\n";
    }

    static String json(Map<String, String> headers, String body) {
        var object = new LinkedHashMap<String, String>(headers);
        if (body != null) {
            object.put("Content-Length", String.valueOf(body.getBytes(StandardCharsets.UTF_8).length));
            object.put("_body", body);
        }
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(object);
    }

    @Override
    public void close() {
        closed = true;
        dropConnection();
        try {
            server.close();
        } catch (IOException ignored) {
            // closing
        }
    }
}
