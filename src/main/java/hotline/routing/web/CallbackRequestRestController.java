package hotline.routing.web;

import hotline.routing.AgentStatus;
import hotline.routing.CallbackRequest;
import hotline.routing.CallbackRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@Tag(name = "Callback requests", description = "Callers owed a call back after their queue overflowed to callback")
@RestController
@RequestMapping("/api/v1/callback-requests")
@PreAuthorize("hasAnyRole('AGENT','TEAM_LEAD','SUPERVISOR','MANAGER')")
class CallbackRequestRestController {

    private final CallbackRequests requests;

    CallbackRequestRestController(CallbackRequests requests) {
        this.requests = requests;
    }

    record Versioned(@NotNull Long version) {
    }

    record Outcome(@NotNull Boolean reached, @NotNull Long version) {
    }

    @GetMapping
    @Operation(summary = "Open requests, oldest first: of the agent's queues, or all for leads and above")
    List<CallbackRequest> open(@RequestParam(defaultValue = "100") int limit) {
        return requests.open(limit);
    }

    @PostMapping("/{contactId}/call")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Call the caller back: the agent's phone rings first, then the caller's; counts the attempt")
    AgentStatus call(@PathVariable UUID contactId, @Valid @RequestBody Versioned body) {
        return requests.call(contactId, body.version());
    }

    @PostMapping("/{contactId}/outcome")
    @Operation(summary = "Reached closes the request; not reached keeps it open until the attempts are used up")
    CallbackRequest outcome(@PathVariable UUID contactId, @Valid @RequestBody Outcome body) {
        return requests.record(contactId, body.reached(), body.version());
    }
}
