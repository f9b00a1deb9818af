package hotline.telephony.sip;

import hotline.telephony.HangupCause;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How hangup causes travel in SIP: status codes of failed INVITEs, Q.850 causes in a BYE's Reason header. */
class SipCausesTests {

    @Test
    void mapsFinalResponsesOfAnInviteToCauses() {
        assertThat(SipTelephony.causeOf(486)).isEqualTo(HangupCause.USER_BUSY);
        assertThat(SipTelephony.causeOf(600)).isEqualTo(HangupCause.USER_BUSY);
        assertThat(SipTelephony.causeOf(480)).isEqualTo(HangupCause.NO_USER_RESPONSE);
        assertThat(SipTelephony.causeOf(487)).isEqualTo(HangupCause.ORIGINATOR_CANCEL);
        assertThat(SipTelephony.causeOf(603)).isEqualTo(HangupCause.CALL_REJECTED);
        assertThat(SipTelephony.causeOf(404)).isEqualTo(HangupCause.UNALLOCATED_NUMBER);
        assertThat(SipTelephony.causeOf(503)).isEqualTo(HangupCause.NORMAL_TEMPORARY_FAILURE);
    }

    @Test
    void rejectsAnOfferedCallWithTheCodeOfItsCause() {
        assertThat(SipTelephony.codeOf(HangupCause.USER_BUSY)).isEqualTo(486);
        assertThat(SipTelephony.codeOf(HangupCause.CALL_REJECTED)).isEqualTo(603);
        assertThat(SipTelephony.codeOf(HangupCause.UNALLOCATED_NUMBER)).isEqualTo(404);
        assertThat(SipTelephony.codeOf(HangupCause.NORMAL_CLEARING)).isEqualTo(480);
    }

    @Test
    void q850CausesRoundTripAndUnknownOnesAreANormalClearing() {
        for (var cause : HangupCause.values()) {
            if (SipTelephony.q850Of(cause) > 0) {
                assertThat(SipTelephony.causeOfQ850(SipTelephony.q850Of(cause))).isEqualTo(cause);
            }
        }
        assertThat(SipTelephony.q850Of(HangupCause.NORMAL_CLEARING)).isEqualTo(16);
        assertThat(SipTelephony.q850Of(HangupCause.BLIND_TRANSFER)).isZero();
        assertThat(SipTelephony.causeOfQ850(127)).isEqualTo(HangupCause.NORMAL_CLEARING);
    }
}
