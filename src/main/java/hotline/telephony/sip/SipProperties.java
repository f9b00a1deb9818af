package hotline.telephony.sip;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hotline.telephony.sip.*}: the SIP adapter's listening address and names. See {@code docs/telephony-sip.md}.
 *
 * @param address    the address SIP and RTP bind to and advertise in SDP
 * @param port       the SIP port (UDP)
 * @param domain     SIP domain and digest realm; agents' endpoints are {@code sip:<user>@<domain>}
 * @param sounds     prompt files (empty: {@code <data-dir>/sounds})
 * @param recordings recordings (empty: {@code <data-dir>/recordings})
 * @param holdMusic  prompt a party hears while held for an attended transfer
 * @param trunk      host or host:port of the carrier's trunk or SBC that outside numbers ({@code tel:…}: transfers
 *                   to a number, callbacks) are sent to; empty: only phones registered under the number
 */
@ConfigurationProperties("hotline.telephony.sip")
record SipProperties(@DefaultValue("127.0.0.1") String address,
                     @DefaultValue("5060") int port,
                     @DefaultValue("hotline") String domain,
                     @DefaultValue("") String sounds,
                     @DefaultValue("") String recordings,
                     @DefaultValue("moh/default") String holdMusic,
                     @DefaultValue("") String trunk) {
}
