package hotline.telephony.sip;

import org.junit.jupiter.api.Test;

import javax.sip.SipFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** How the adapter reads who a request is for and how to reach a phone behind a proxy. */
class SipAddressingTests {

    @Test
    void theSipUserOfAnEndpointIncludingRoutingsAgentName() {
        assertThat(SipTelephony.userOf("sip:agent1001@hotline")).isEqualTo("agent1001");
        assertThat(SipTelephony.userOf("<sip:agent1001@10.0.0.1:5060;transport=udp>")).isEqualTo("agent1001");
        assertThat(SipTelephony.userOf("agent:desk-agent")).isEqualTo("desk-agent");
        assertThat(SipTelephony.userOf("tel:95598")).isEqualTo("95598");
    }

    @Test
    void aRegistersPathIsKeptInOrderAcrossHeadersAndCommas() throws Exception {
        var text = String.join("\r\n",
                "REGISTER sip:hotline.test SIP/2.0",
                "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK-1",
                "Max-Forwards: 69",
                "From: <sip:soft-agent@hotline.test>;tag=a",
                "To: <sip:soft-agent@hotline.test>",
                "Call-ID: path-1",
                "CSeq: 2 REGISTER",
                "Path: <sip:127.0.0.1:5070;lr>, <sip:127.0.0.1:8088;transport=ws;lr>",
                "Path: <sip:edge-2.example.org;lr>",
                "Contact: <sip:x7k2@df7jal23ls0d.invalid;transport=ws;alias=127.0.0.1~53120~5>;expires=120",
                "Content-Length: 0", "", "");
        var request = SipFactory.getInstance().createMessageFactory()
                .createRequest(text);
        assertThat(SipTelephony.pathOf(request)).containsExactly("sip:127.0.0.1:5070;lr",
                "sip:127.0.0.1:8088;transport=ws;lr", "sip:edge-2.example.org;lr");
    }

    @Test
    void aRegisterWithoutPathReachesThePhoneDirectly() throws Exception {
        var text = String.join("\r\n",
                "REGISTER sip:hotline.test SIP/2.0",
                "Via: SIP/2.0/UDP 127.0.0.1:5080;branch=z9hG4bK-2",
                "From: <sip:agent1001@hotline.test>;tag=b",
                "To: <sip:agent1001@hotline.test>",
                "Call-ID: path-2",
                "CSeq: 1 REGISTER",
                "Contact: <sip:agent1001@127.0.0.1:5080>",
                "Content-Length: 0", "", "");
        var request = SipFactory.getInstance().createMessageFactory()
                .createRequest(text);
        assertThat(SipTelephony.pathOf(request)).isEmpty();
    }
}
