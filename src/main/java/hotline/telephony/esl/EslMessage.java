package hotline.telephony.esl;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One frame of the event socket, in either direction: header lines ({@code Name: value}) and, when the headers carry
 * {@code Content-Length}, that many bytes of body (decoded as UTF-8). Header names are matched without regard to case,
 * as FreeSWITCH itself does.
 */
record EslMessage(Map<String, String> headers, String body) {

    EslMessage {
        var copy = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        headers = Collections.unmodifiableMap(copy);
        body = body == null ? "" : body;
    }

    String header(String name) {
        return headers.get(name);
    }

    String contentType() {
        var type = header("Content-Type");
        return type == null ? "" : type;
    }

    /** The {@code Reply-Text} of a command reply, or the body of an api response. */
    String replyText() {
        var text = header("Reply-Text");
        return text != null ? text : body.trim();
    }

    boolean isOk() {
        return replyText().startsWith("+OK");
    }
}
