package hotline.telephony.softphone;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;

/**
 * {@code hotline.telephony.softphone.*}: where the agent desktop's browser softphone registers. See
 * {@code docs/telephony-sip.md}.
 *
 * @param websocket the SIP WebSocket of the Kamailio edge in front of the SIP adapter ({@code ws://host:port} or
 *                  {@code wss://…}); empty: no softphone on the desk
 * @param audioProcessing whether the browser cleans the agent's microphone (echo cancellation, noise suppression,
 *                        automatic gain); off for headsets that do their own, which would otherwise be processed twice
 */
@ConfigurationProperties("hotline.telephony.softphone")
record SoftphoneProperties(@DefaultValue("") String websocket, @DefaultValue("true") boolean audioProcessing) {

    SoftphoneProperties {
        if (!websocket.isBlank() && !websocket.matches("wss?://[^/\\s]+(/\\S*)?")) {
            throw new IllegalArgumentException("hotline.telephony.softphone.websocket must be a ws:// or wss:// URL, "
                    + "got " + websocket);
        }
    }

    boolean configured() {
        return !websocket.isBlank();
    }

    /** The origin the console's pages must be allowed to connect to. */
    String origin() {
        var uri = URI.create(websocket);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
