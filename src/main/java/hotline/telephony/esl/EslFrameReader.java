package hotline.telephony.esl;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

/**
 * Reads event-socket frames from a stream: header lines up to an empty line, then {@code Content-Length} bytes. Works
 * on bytes, not characters, so a body's length is counted as FreeSWITCH counts it (UTF-8 bytes) and a frame split
 * over any number of reads, even inside a multi-byte character, comes out whole.
 */
final class EslFrameReader {

    /** Longer header lines or bodies mean the peer is not an event socket. */
    static final int MAX_LINE = 64 * 1024;
    static final int MAX_BODY = 16 * 1024 * 1024;

    private final InputStream in;

    EslFrameReader(InputStream in) {
        this.in = in;
    }

    /** The next frame; {@link EOFException} when the peer closed the connection between frames. */
    EslMessage read() throws IOException {
        var headers = new LinkedHashMap<String, String>();
        String line;
        do {
            line = readLine(headers.isEmpty());
        } while (line.isEmpty() && headers.isEmpty());
        while (!line.isEmpty()) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IOException("not an event-socket header line: '" + line + "'");
            }
            headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            line = readLine(false);
        }
        String body = null;
        var length = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Content-Length"))
                .map(e -> e.getValue()).findFirst();
        if (length.isPresent()) {
            int n = parseLength(length.get());
            byte[] raw = in.readNBytes(n);
            if (raw.length != n) {
                throw new EOFException("connection closed inside a body");
            }
            body = new String(raw, StandardCharsets.UTF_8);
        }
        return new EslMessage(headers, body);
    }

    private static int parseLength(String value) throws IOException {
        try {
            int n = Integer.parseInt(value);
            if (n < 0 || n > MAX_BODY) {
                throw new IOException("Content-Length out of range: " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IOException("Content-Length is not a number: '" + value + "'");
        }
    }

    private String readLine(boolean betweenFrames) throws IOException {
        var bytes = new ByteArrayOutputStream(128);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException(betweenFrames && bytes.size() == 0 ? "connection closed"
                        : "connection closed inside a frame");
            }
            if (b == '\n') {
                break;
            }
            if (bytes.size() >= MAX_LINE) {
                throw new IOException("header line longer than " + MAX_LINE + " bytes");
            }
            bytes.write(b);
        }
        var line = bytes.toString(StandardCharsets.UTF_8);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
