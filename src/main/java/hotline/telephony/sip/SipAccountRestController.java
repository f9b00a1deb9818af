package hotline.telephony.sip;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@Tag(name = "SIP accounts", description = "Desk phones' SIP accounts: issue (secret shown once), new secret, revoke "
        + "(administrators)")
@RestController
@RequestMapping("/api/v1/telephony/sip-accounts")
@PreAuthorize("hasRole('ADMIN')")
class SipAccountRestController {

    private final SipAccountAdministration administration;

    SipAccountRestController(SipAccountAdministration administration) {
        this.administration = administration;
    }

    /** {@code sipUser} may be left out: the user's user name. */
    record IssueRequest(Long userId, String sipUser) {
    }

    @GetMapping
    List<SipAccountAdministration.Row> list() {
        return administration.list();
    }

    /** 201 with the secret, which is never shown again. */
    @PostMapping
    ResponseEntity<SipAccountAdministration.Issued> issue(@RequestBody IssueRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(administration.issue(request.userId(), request.sipUser()));
    }

    @PostMapping("/{sipUser}/reset")
    ResponseEntity<SipAccountAdministration.Issued> reset(@PathVariable String sipUser) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(administration.reset(sipUser));
    }

    @PostMapping("/{sipUser}/revoke")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String sipUser) {
        administration.revoke(sipUser);
    }

    @DeleteMapping("/{sipUser}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String sipUser) {
        administration.revoke(sipUser);
    }
}
