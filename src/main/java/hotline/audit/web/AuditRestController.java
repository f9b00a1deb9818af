package hotline.audit.web;

import hotline.audit.AuditEntry;
import hotline.audit.AuditLog;
import hotline.audit.AuditQuery;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@Tag(name = "Audit", description = "Who changed what (administrators)")
@RestController
@PreAuthorize("hasRole('ADMIN')")
class AuditRestController {

    private final AuditLog audit;

    AuditRestController(AuditLog audit) {
        this.audit = audit;
    }

    /** Newest first; page with {@code beforeId} = the last id of the previous page. */
    @GetMapping("/api/v1/audit")
    List<AuditEntry> search(@RequestParam(required = false) String actor,
                            @RequestParam(required = false) String entityType,
                            @RequestParam(required = false) String entityId,
                            @RequestParam(required = false) String action,
                            @RequestParam(required = false) String text,
                            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                            @RequestParam(required = false) Long beforeId,
                            @RequestParam(defaultValue = "100") int limit) {
        return audit.search(new AuditQuery(actor, entityType, entityId, action, text, from, to, beforeId, limit));
    }
}
