package hotline.telephony.esl;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the adapter reaches FreeSWITCH and names things there.
 *
 * @param format      {@code plain} or {@code json} event frames
 * @param domain      the SIP domain of the directory users ({@code user/1001} is looked up as {@code 1001@domain})
 * @param recordings  where FreeSWITCH writes recordings (a path on the FreeSWITCH host)
 * @param sounds      where prompt files live on the FreeSWITCH host; a prompt {@code ivr/welcome} plays
 *                    {@code <sounds>/ivr/welcome.wav}
 * @param gateway     dial string prefix for {@code tel:} destinations, e.g. {@code sofia/gateway/trunk/}
 */
record EslSettings(String host, int port, String password, String format, String domain, Path recordings,
                   String sounds, String gateway, Duration connectTimeout, Duration minBackoff, Duration maxBackoff) {

    EslSettings {
        if (!format.equals("plain") && !format.equals("json")) {
            throw new IllegalArgumentException("hotline.telephony.esl.format is plain or json, got '" + format + "'");
        }
    }

    static EslSettings local(int port, Path recordings) {
        return new EslSettings("127.0.0.1", port, "ClueCon", "plain", "127.0.0.1", recordings, "",
                "sofia/gateway/trunk/", Duration.ofSeconds(2), Duration.ofMillis(100), Duration.ofSeconds(5));
    }

    EslSettings withFormat(String format) {
        return new EslSettings(host, port, password, format, domain, recordings, sounds, gateway, connectTimeout,
                minBackoff, maxBackoff);
    }

    EslSettings withPassword(String password) {
        return new EslSettings(host, port, password, format, domain, recordings, sounds, gateway, connectTimeout,
                minBackoff, maxBackoff);
    }
}
