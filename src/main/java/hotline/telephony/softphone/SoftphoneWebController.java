package hotline.telephony.softphone;

import hotline.platform.NotFoundException;
import hotline.platform.security.Actor;
import hotline.platform.security.CurrentUser;
import hotline.telephony.PhoneOwners;
import hotline.telephony.sip.SipAccounts;
import hotline.telephony.sip.SipTelephony;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Optional;

/**
 * The agent desktop's browser softphone (ADR 0091): the panel the desk loads ({@code /softphone}, empty when the SIP
 * adapter or the WebSocket edge is not configured; it gives an agent without a SIP account one) and, for the
 * signed-in agent only, what JsSIP needs to register their own SIP account ({@code /softphone/account}: HA1, never the secret, never cached).
 */
@Controller
@PreAuthorize("hasRole('AGENT')")
class SoftphoneWebController {

    record Account(String websocket, String uri, String sipUser, String realm, String ha1, String displayName,
                   boolean audioProcessing) {
        @Override
        public String toString() {
            return "Account[" + uri + "]";
        }
    }

    private final SoftphoneProperties properties;
    private final SipAccounts accounts;
    /** Present only when the SIP adapter is the active one: the accounts exist regardless (administration). */
    private final ObjectProvider<SipTelephony> sip;
    private final ObjectProvider<PhoneOwners> owners;
    private final TransactionTemplate transactions;

    SoftphoneWebController(SoftphoneProperties properties, SipAccounts accounts, ObjectProvider<SipTelephony> sip,
                           ObjectProvider<PhoneOwners> owners, PlatformTransactionManager transactionManager) {
        this.properties = properties;
        this.accounts = accounts;
        this.sip = sip;
        this.owners = owners;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The panel; an agent without a SIP account gets one for the softphone on first sight (ADR 0091). */
    @GetMapping("/softphone")
    String panel(Model model) {
        boolean enabled = properties.configured() && sip.getIfAvailable() != null;
        model.addAttribute("enabled", enabled);
        if (enabled) {
            var me = CurrentUser.require();
            model.addAttribute("hasAccount", Boolean.TRUE.equals(transactions.execute(status -> provision(me))));
        }
        return "telephony/softphone :: panel";
    }

    /** The agent's softphone account, created if they have none; a creation is audited like an administrator's. */
    private boolean provision(Actor me) {
        if (accounts.softphone(me.id(), me.username()).isPresent()) {
            return true;
        }
        var created = accounts.provisionSoftphone(me.id(), me.username());
        created.ifPresent(softphone -> owners.getObject().audit("sip-account", softphone.sipUser(), "provision",
                "created the browser softphone account " + softphone.sipUser() + " for " + me.username(), null,
                accounts.find(softphone.sipUser()).orElseThrow()));
        return created.isPresent();
    }

    @GetMapping("/softphone/account")
    ResponseEntity<Account> account() {
        var me = CurrentUser.require();
        var account = properties.configured() ? mine() : Optional.<SipAccounts.Softphone>empty();
        var softphone = account.orElseThrow(() -> new NotFoundException("softphone account", me.username()));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new Account(properties.websocket(), "sip:" + softphone.sipUser() + "@" + softphone.realm(),
                        softphone.sipUser(), softphone.realm(), softphone.ha1(), me.displayName(),
                        properties.audioProcessing()));
    }

    private Optional<SipAccounts.Softphone> mine() {
        if (sip.getIfAvailable() == null) {
            return Optional.empty();
        }
        var me = CurrentUser.require();
        return accounts.softphone(me.id(), me.username());
    }
}
