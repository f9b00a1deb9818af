package hotline.telephony.sip;

import hotline.telephony.Prompt;

import java.nio.file.Path;

/**
 * @param address      the address SIP and RTP listen on and advertise (SDP {@code c=})
 * @param port         the SIP port (UDP)
 * @param domain       the SIP domain and digest realm; agents' endpoints are {@code sip:<user>@<domain>}
 * @param sounds       prompt files ({@code <sounds>/<id>.wav})
 * @param recordings   where recordings are written ({@code <recordings>/<key>.wav})
 * @param holdMusic    what a party held during an attended transfer hears
 */
public record SipSettings(String address, int port, String domain, Path sounds, Path recordings, Prompt holdMusic,
                          String trunk) {

    /** Without an outbound trunk: {@code tel:} destinations reach only phones registered under that number. */
    public SipSettings(String address, int port, String domain, Path sounds, Path recordings, Prompt holdMusic) {
        this(address, port, domain, sounds, recordings, holdMusic, null);
    }

    public SipSettings {
        if (trunk != null && trunk.isBlank()) {
            trunk = null;
        }
        if (trunk != null && !trunk.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
            throw new IllegalArgumentException("hotline.telephony.sip.trunk must be host or host:port, got " + trunk);
        }
    }

    String endpoint(String user) {
        return "sip:" + user + "@" + domain;
    }
}
