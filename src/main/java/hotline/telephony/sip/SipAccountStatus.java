package hotline.telephony.sip;

import hotline.platform.ConflictException;

/**
 * An account's lifecycle as administrators drive it: a revoked account cannot be revoked again; a new secret (reset)
 * makes any account active, so a revoked phone comes back only by someone deliberately handing out a new secret.
 */
enum SipAccountStatus {
    ACTIVE, REVOKED;

    static SipAccountStatus of(SipAccounts.Account account) {
        return account.active() ? ACTIVE : REVOKED;
    }

    SipAccountStatus revoke(String sipUser) {
        if (this == REVOKED) {
            throw ConflictException.illegalTransition("SIP account", sipUser, this, "revoke");
        }
        return REVOKED;
    }

    SipAccountStatus reset() {
        return ACTIVE;
    }
}
