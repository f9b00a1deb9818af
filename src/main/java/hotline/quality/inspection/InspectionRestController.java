package hotline.quality.inspection;

import hotline.platform.NotFoundException;
import hotline.quality.InspectionHit;
import hotline.telephony.Recordings;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@Tag(name = "Automatic inspection", description = "Inspection rules, the hits on a contact, inspecting a recording again")
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("isAuthenticated()")
class InspectionRestController {

    private final InspectionRules rules;
    private final InspectionService inspection;
    private final Recordings recordings;

    InspectionRestController(InspectionRules rules, InspectionService inspection, Recordings recordings) {
        this.rules = rules;
        this.inspection = inspection;
        this.recordings = recordings;
    }

    @GetMapping("/inspection-rules")
    @PreAuthorize(InspectionRules.READERS)
    List<InspectionRule> rules() {
        return rules.list();
    }

    @GetMapping("/inspection-rules/{id}")
    @PreAuthorize(InspectionRules.READERS)
    InspectionRule rule(@PathVariable long id) {
        return rules.get(id);
    }

    @PostMapping("/inspection-rules")
    @PreAuthorize(InspectionRules.EDITORS)
    @ResponseStatus(HttpStatus.CREATED)
    InspectionRule create(@Valid @RequestBody RuleDraft draft) {
        return rules.create(draft);
    }

    @PutMapping("/inspection-rules/{id}")
    @PreAuthorize(InspectionRules.EDITORS)
    InspectionRule update(@PathVariable long id, @Valid @RequestBody RuleDraft draft) {
        return rules.update(id, draft);
    }

    @DeleteMapping("/inspection-rules/{id}")
    @PreAuthorize(InspectionRules.EDITORS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        rules.delete(id);
    }

    /** The hits on a contact's recordings, for whoever may hear them. */
    @GetMapping("/contacts/{contactId}/inspection-hits")
    List<InspectionHit> hits(@PathVariable UUID contactId) {
        recordings.forContact(contactId);          // 403 for someone who may not hear the contact
        return inspection.hits(contactId);
    }

    /** Inspects a recording again with today's rules (after a rule change, say). */
    @PostMapping("/recordings/{recordingId}/inspection")
    @PreAuthorize("hasAnyRole('QA','SUPERVISOR','MANAGER')")
    List<InspectionHit> inspect(@PathVariable UUID recordingId) {
        recordings.recording(recordingId).orElseThrow(() -> new NotFoundException("recording", recordingId));
        return inspection.inspect(recordingId);
    }
}
