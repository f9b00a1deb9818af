package hotline.telephony.sip;

import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.telephony.PhoneOwners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Administrators give desk phones their SIP accounts (ADR 0039): issue, new secret, revoke — each audited without the
 * secret, which is returned once and only its HA1 kept. Accounts live in the database whatever adapter is active; when
 * the SIP adapter runs, the page also shows who is registered, and a revoke or reset drops the phone's registration.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
class SipAccountAdministration {

    private static final Logger log = LoggerFactory.getLogger(SipAccountAdministration.class);

    /** One row of the list; {@code registeredContact} is null when the phone is not registered (or SIP is off). */
    record Row(String sipUser, Long userId, String username, String displayName, String realm, Instant issuedAt,
               Instant revokedAt, SipAccountStatus status, String registeredContact, Instant registeredUntil) {
    }

    /** What a phone needs, the secret included: shown once, never stored, never logged. */
    record Issued(String sipUser, String secret, String realm, String registrar, Long userId) {
        @Override
        public String toString() {
            return "Issued[" + sipUser + "@" + realm + "]";
        }
    }

    private final SipAccounts accounts;
    private final SipProperties properties;
    private final ObjectProvider<PhoneOwners> owners;
    private final ObjectProvider<SipTelephony> sip;

    SipAccountAdministration(SipAccounts accounts, SipProperties properties, ObjectProvider<PhoneOwners> owners,
                             ObjectProvider<SipTelephony> sip) {
        this.accounts = accounts;
        this.properties = properties;
        this.owners = owners;
        this.sip = sip;
    }

    /** Whether the SIP adapter is the active telephony adapter, so phones can register now. */
    boolean sipActive() {
        return sip.getIfAvailable() != null;
    }

    /** Where phones register: {@code sip:<address>:<port>}. */
    String registrar() {
        return "sip:" + properties.address() + ":" + properties.port();
    }

    String realm() {
        return accounts.realm();
    }

    @Transactional(readOnly = true)
    List<Row> list() {
        var all = accounts.list();
        var people = owners.getObject().byIds(all.stream().map(SipAccounts.Account::userId)
                .filter(Objects::nonNull).distinct().toList());
        var registered = registrations();
        return all.stream().map(a -> {
            var owner = a.userId() == null ? null : people.get(a.userId());
            var binding = a.active() ? registered.get(a.sipUser()) : null;
            return new Row(a.sipUser(), a.userId(), owner == null ? null : owner.username(),
                    owner == null ? null : owner.displayName(), a.realm(), a.issuedAt(), a.revokedAt(),
                    SipAccountStatus.of(a), binding == null ? null : binding.contact(),
                    binding == null ? null : binding.expires());
        }).toList();
    }

    List<PhoneOwners.Owner> people() {
        return owners.getObject().enabled();
    }

    /** A new account for a Hotline user; the SIP user name defaults to their user name. */
    @Transactional
    Issued issue(Long userId, String sipUser) {
        var owner = userId == null ? null : owners.getObject().find(userId).orElse(null);
        var name = sipUser == null || sipUser.isBlank() ? (owner == null ? null : owner.username()) : sipUser.strip();
        var violations = new java.util.ArrayList<InvalidInputException.Violation>();
        if (owner == null) {
            violations.add(new InvalidInputException.Violation("userId", userId == null ? "NotNull" : "Exists",
                    userId == null ? "choose the Hotline user the phone belongs to" : "no user " + userId));
        }
        if (name != null && !SipAccounts.validUser(name)) {
            violations.add(new InvalidInputException.Violation("sipUser", "Pattern",
                    "a SIP user name is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        var secret = accounts.create(name, userId)
                .orElseThrow(() -> ConflictException.duplicate("SIP account", "sipUser", name));
        var account = accounts.find(name).orElseThrow();
        owners.getObject().audit("sip-account", name, "issue",
                "issued SIP account " + name + " to " + owner.username(), null, account);
        return new Issued(name, secret, account.realm(), registrar(), userId);
    }

    /** A new secret; the old one stops working at once and the phone must register again with the new one. */
    @Transactional
    Issued reset(String sipUser) {
        var before = existing(sipUser);
        SipAccountStatus.of(before).reset();
        var secret = accounts.reset(sipUser).orElseThrow(() -> new NotFoundException("SIP account", sipUser));
        var after = accounts.find(sipUser).orElseThrow();
        owners.getObject().audit("sip-account", sipUser, "reset-secret",
                "new secret for SIP account " + sipUser + (before.active() ? "" : ", active again"), before, after);
        unregisterAfterCommit(sipUser);
        return new Issued(sipUser, secret, after.realm(), registrar(), after.userId());
    }

    /** The phone can no longer register, and its current registration ends now. */
    @Transactional
    void revoke(String sipUser) {
        var before = existing(sipUser);
        SipAccountStatus.of(before).revoke(sipUser);
        accounts.revoke(sipUser);
        owners.getObject().audit("sip-account", sipUser, "revoke", "revoked SIP account " + sipUser, before,
                accounts.find(sipUser).orElseThrow());
        unregisterAfterCommit(sipUser);
    }

    private SipAccounts.Account existing(String sipUser) {
        return accounts.find(sipUser).orElseThrow(() -> new NotFoundException("SIP account", sipUser));
    }

    private Map<String, Registrar.Binding> registrations() {
        var adapter = sip.getIfAvailable();
        if (adapter == null) {
            return Map.of();
        }
        try {
            return adapter.registrations().toCompletableFuture().get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("could not read the SIP registrations: {}", e.toString());
            return Map.of();
        }
    }

    private void unregisterAfterCommit(String sipUser) {
        var adapter = sip.getIfAvailable();
        if (adapter == null) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                adapter.unregister(sipUser);
            }
        });
    }
}
