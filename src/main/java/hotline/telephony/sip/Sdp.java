package hotline.telephony.sip;

import java.util.ArrayList;
import java.util.List;

/**
 * The little of SDP (RFC 4566) a G.711 audio leg needs: where the far end wants RTP, which of PCMU / PCMA it takes
 * first, and the payload type it uses for RFC 4733 telephone events.
 */
record Sdp(String address, int port, int codec, int telephoneEvent) {

    static final int DEFAULT_TELEPHONE_EVENT = 101;

    /** The far end's description; {@code codec} is the first of PCMU/PCMA it offers, -1 if neither. */
    static Sdp parse(String text) {
        String sessionAddress = null;
        String mediaAddress = null;
        int port = -1;
        List<Integer> payloads = new ArrayList<>();
        int telephoneEvent = -1;
        for (var raw : text.split("\r?\n")) {
            var line = raw.trim();
            if (line.startsWith("c=")) {
                var parts = line.substring(2).split(" ");
                if (port < 0) {
                    sessionAddress = parts[2];
                } else {
                    mediaAddress = parts[2];
                }
            } else if (line.startsWith("m=audio ") && port < 0) {
                var parts = line.substring(2).split(" ");
                port = Integer.parseInt(parts[1]);
                for (int i = 3; i < parts.length; i++) {
                    payloads.add(Integer.parseInt(parts[i]));
                }
            } else if (line.startsWith("a=rtpmap:") && line.toLowerCase().contains("telephone-event/8000")) {
                telephoneEvent = Integer.parseInt(line.substring(9, line.indexOf(' ')));
            }
        }
        int codec = payloads.stream().filter(p -> p == G711.PCMU || p == G711.PCMA).findFirst().orElse(-1);
        return new Sdp(mediaAddress != null ? mediaAddress : sessionAddress, port, codec, telephoneEvent);
    }

    /** Our offer: PCMU, PCMA and telephone events, 20 ms packets. */
    static String offer(String address, int port, long session) {
        return describe(address, port, session, "0 8 " + DEFAULT_TELEPHONE_EVENT,
                "a=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n" + events(DEFAULT_TELEPHONE_EVENT));
    }

    /** Our answer to {@code offer}: its first G.711 codec and its telephone-event type, if any. */
    static String answer(String address, int port, long session, Sdp offer) {
        var name = offer.codec() == G711.PCMA ? "PCMA" : "PCMU";
        var formats = offer.codec() + (offer.telephoneEvent() >= 0 ? " " + offer.telephoneEvent() : "");
        var attributes = "a=rtpmap:" + offer.codec() + " " + name + "/8000\r\n"
                + (offer.telephoneEvent() >= 0 ? events(offer.telephoneEvent()) : "");
        return describe(address, port, session, formats, attributes);
    }

    private static String events(int type) {
        return "a=rtpmap:" + type + " telephone-event/8000\r\na=fmtp:" + type + " 0-16\r\n";
    }

    private static String describe(String address, int port, long session, String formats, String attributes) {
        return "v=0\r\n"
                + "o=hotline " + session + " " + session + " IN IP4 " + address + "\r\n"
                + "s=hotline\r\n"
                + "c=IN IP4 " + address + "\r\n"
                + "t=0 0\r\n"
                + "m=audio " + port + " RTP/AVP " + formats + "\r\n"
                + attributes
                + "a=ptime:20\r\n"
                + "a=sendrecv\r\n";
    }
}
