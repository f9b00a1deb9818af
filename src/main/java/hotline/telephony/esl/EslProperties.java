package hotline.telephony.esl;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code hotline.telephony.esl.*}: where FreeSWITCH's event socket listens and how Hotline names things there. See
 * {@code docs/telephony-freeswitch.md}.
 *
 * @param recordings directory on the FreeSWITCH host for recordings (empty: {@code <data-dir>/recordings})
 * @param sounds     directory on the FreeSWITCH host holding the prompt files (empty: FreeSWITCH's sound prefix)
 */
@ConfigurationProperties("hotline.telephony.esl")
record EslProperties(@DefaultValue("127.0.0.1") String host,
                     @DefaultValue("8021") int port,
                     @DefaultValue("ClueCon") String password,
                     @DefaultValue("plain") String format,
                     @DefaultValue("127.0.0.1") String domain,
                     @DefaultValue("") String recordings,
                     @DefaultValue("") String sounds,
                     @DefaultValue("sofia/gateway/trunk/") String gateway,
                     @DefaultValue("2s") Duration connectTimeout,
                     @DefaultValue("200ms") Duration minBackoff,
                     @DefaultValue("10s") Duration maxBackoff) {
}
