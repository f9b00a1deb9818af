package hotline.incident.web;

import hotline.incident.ActiveIncident;
import hotline.incident.IncidentDeclaration;
import hotline.incident.IncidentView;
import hotline.incident.Incidents;
import hotline.incident.UpwardReport;
import hotline.platform.NotFoundException;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

@Tag(name = "Incidents", description = "突发事件: declare, edit, close with summary and upward report; which incident covers a caller")
@RestController
@RequestMapping("/api/v1/incidents")
@PreAuthorize("isAuthenticated()")
class IncidentRestController {

    private final Incidents incidents;

    IncidentRestController(Incidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping
    List<IncidentView> list(@RequestParam(defaultValue = "false") boolean activeOnly) {
        return incidents.list(activeOnly);
    }

    @PostMapping
    @PreAuthorize(IncidentRoles.LEADS)
    ResponseEntity<IncidentView> declare(@Valid @RequestBody IncidentDeclaration declaration) {
        var declared = incidents.declare(declaration);
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(declared.id()).toUri();
        return ResponseEntity.created(location).body(declared);
    }

    @GetMapping("/{id}")
    IncidentView get(@PathVariable long id) {
        return incidents.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize(IncidentRoles.LEADS)
    IncidentView update(@PathVariable long id, @Valid @RequestBody IncidentDeclaration declaration) {
        return incidents.update(id, declaration);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(IncidentRoles.LEADS)
    IncidentView close(@PathVariable long id, @Valid @RequestBody Incidents.Closing closing) {
        return incidents.close(id, closing);
    }

    @GetMapping("/{id}/report")
    UpwardReport report(@PathVariable long id) {
        return incidents.report(id).orElseThrow(() -> new NotFoundException("upward report of incident", id));
    }

    /** The incident covering a caller (screen pop); 204 when none does. */
    @GetMapping("/active")
    ResponseEntity<ActiveIncident> active(@RequestParam(required = false) String address,
                                          @RequestParam(required = false) String account) {
        return incidents.activeFor(address, account).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    record LinkRequest(@NotBlank @Size(max = 100) String reference) {
    }

    @PostMapping("/{id}/contacts")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void linkContact(@PathVariable long id, @Valid @RequestBody LinkRequest request) {
        incidents.linkContact(id, request.reference());
    }

    @PostMapping("/{id}/work-orders")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void linkWorkOrder(@PathVariable long id, @Valid @RequestBody LinkRequest request) {
        incidents.linkWorkOrder(id, request.reference());
    }
}
