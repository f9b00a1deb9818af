package hotline.incident.web;

import hotline.incident.HandoverEntry;
import hotline.incident.HandoverLog;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@Tag(name = "Shift handover log", description = "交接班: what the outgoing lead hands over")
@RestController
@RequestMapping("/api/v1/handover-log")
@PreAuthorize(IncidentRoles.LEADS)
class HandoverRestController {

    private final HandoverLog handover;

    HandoverRestController(HandoverLog handover) {
        this.handover = handover;
    }

    @GetMapping
    List<HandoverEntry> list(@RequestParam(required = false) LocalDate from,
                             @RequestParam(required = false) LocalDate to) {
        return handover.list(from, to);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    HandoverEntry write(@Valid @RequestBody HandoverLog.HandoverNote note) {
        return handover.write(note);
    }

    @PostMapping("/{id}/acknowledge")
    HandoverEntry acknowledge(@PathVariable long id) {
        return handover.acknowledge(id);
    }
}
