package hotline.telephony.esl;

import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A FreeSWITCH event as the event socket delivers it: {@code text/event-plain} (header lines with URL-encoded values,
 * then an inner {@code Content-Length} and body when the event has one) or {@code text/event-json} (a flat object,
 * the body under {@code _body}). Header names are matched without regard to case.
 */
record EslEvent(Map<String, String> headers, String body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    EslEvent {
        var copy = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        headers = Collections.unmodifiableMap(copy);
        body = body == null ? "" : body;
    }

    String name() {
        return header("Event-Name");
    }

    String header(String name) {
        return headers.get(name);
    }

    String header(String name, String otherwise) {
        var value = header(name);
        return value == null ? otherwise : value;
    }

    /** The event carried by a frame of content type {@code text/event-plain} or {@code text/event-json}. */
    static EslEvent of(EslMessage frame) {
        return frame.contentType().equals("text/event-json") ? json(frame.body()) : plain(frame.body());
    }

    static EslEvent plain(String text) {
        var headers = new LinkedHashMap<String, String>();
        int position = 0;
        String body = null;
        while (position < text.length()) {
            int end = text.indexOf('\n', position);
            if (end < 0) {
                end = text.length();
            }
            var line = text.substring(position, end);
            position = end + 1;
            if (line.isEmpty()) {
                if (headers.containsKey("Content-Length")) {
                    body = bodyOf(text.substring(Math.min(position, text.length())),
                            Integer.parseInt(headers.remove("Content-Length").trim()));
                }
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon), urlDecode(line.substring(colon + 1).trim()));
            }
        }
        return new EslEvent(headers, body);
    }

    /** The first {@code bytes} UTF-8 bytes of {@code rest}. */
    private static String bodyOf(String rest, int bytes) {
        var raw = rest.getBytes(StandardCharsets.UTF_8);
        return new String(raw, 0, Math.min(bytes, raw.length), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    static EslEvent json(String text) {
        Map<String, Object> object = JSON.readValue(text, Map.class);
        var headers = new LinkedHashMap<String, String>();
        String body = null;
        for (var entry : object.entrySet()) {
            if (entry.getKey().equals("_body")) {
                body = String.valueOf(entry.getValue());
            } else if (!entry.getKey().equals("Content-Length") && entry.getValue() != null) {
                headers.put(entry.getKey(), String.valueOf(entry.getValue()));
            }
        }
        return new EslEvent(headers, body);
    }

    /** Percent-decoding as FreeSWITCH encodes (switch_url_encode): {@code +} stays a plus, as in {@code +86…}. */
    static String urlDecode(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        var bytes = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length()
                    && Character.digit(value.charAt(i + 1), 16) >= 0 && Character.digit(value.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(value.charAt(i + 1), 16) * 16 + Character.digit(value.charAt(i + 2), 16));
                i += 2;
            } else {
                var s = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(s, 0, s.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The inverse of {@link #urlDecode}, for writing plain events (the fake server, fixtures). */
    static String urlEncode(String value) {
        var out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_.".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }
}
