package hotline.routing.web;

import hotline.routing.AgentDay;
import hotline.routing.AgentIntervalStat;
import hotline.routing.Transfer;
import hotline.routing.AgentStatus;
import hotline.routing.ContactQuery;
import hotline.routing.ContactRecord;
import hotline.routing.IntervalStat;
import hotline.routing.Outcome;
import hotline.routing.QueueDraft;
import hotline.routing.QueueLive;
import hotline.routing.QueueView;
import hotline.routing.ReasonCodeDraft;
import hotline.routing.ReasonCodeView;
import hotline.routing.Routing;
import hotline.routing.StateChange;
import hotline.telephony.MonitorMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Tag(name = "Routing", description = "Queues, agent states, live queue figures, contact records, interval statistics")
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("isAuthenticated()")
class RoutingRestController {

    private final Routing routing;

    RoutingRestController(Routing routing) {
        this.routing = routing;
    }

    @GetMapping("/queues")
    List<QueueView> queues() {
        return routing.queues();
    }

    @GetMapping("/queues/{id}")
    QueueView queue(@PathVariable long id) {
        return routing.queue(id);
    }

    @PostMapping("/queues")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    QueueView createQueue(@Valid @RequestBody QueueDraft draft) {
        return routing.createQueue(draft);
    }

    @PutMapping("/queues/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    QueueView updateQueue(@PathVariable long id, @Valid @RequestBody QueueDraft draft) {
        return routing.updateQueue(id, draft);
    }

    @GetMapping("/queues/{id}/live")
    QueueLive live(@PathVariable long id) {
        return routing.live(id);
    }

    @GetMapping("/reason-codes")
    List<ReasonCodeView> reasonCodes() {
        return routing.reasonCodes();
    }

    @PostMapping("/reason-codes")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ReasonCodeView createReasonCode(@Valid @RequestBody ReasonCodeDraft draft) {
        return routing.createReasonCode(draft);
    }

    @PutMapping("/reason-codes/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ReasonCodeView updateReasonCode(@PathVariable long id, @Valid @RequestBody ReasonCodeDraft draft) {
        return routing.updateReasonCode(id, draft);
    }

    @GetMapping("/agents/{id}/state")
    AgentStatus state(@PathVariable long id) {
        return routing.agent(id);
    }

    /** An agent changes their own state; team leads (their team's agents) and supervisors force anyone's. */
    @PostMapping("/agents/{id}/state")
    @PreAuthorize("hasAnyRole('AGENT', 'TEAM_LEAD', 'SUPERVISOR', 'ADMIN')")
    AgentStatus changeState(@PathVariable long id, @Valid @RequestBody StateChange change) {
        return routing.changeState(id, change);
    }

    record QueueAssignment(@NotNull List<Long> queueIds) {
    }

    @PutMapping("/agents/{id}/queues")
    @PreAuthorize("hasAnyRole('TEAM_LEAD', 'SUPERVISOR', 'ADMIN')")
    AgentStatus assignQueues(@PathVariable long id, @Valid @RequestBody QueueAssignment assignment) {
        return routing.assignQueues(id, assignment.queueIds());
    }

    record MonitorRequest(@NotBlank String supervisorEndpoint, @NotNull MonitorMode mode) {
    }

    @PostMapping("/agents/{id}/monitor")
    @PreAuthorize("hasAnyRole('TEAM_LEAD', 'SUPERVISOR', 'ADMIN')")
    ResponseEntity<Void> monitor(@PathVariable long id, @Valid @RequestBody MonitorRequest request) {
        routing.monitor(id, request.supervisorEndpoint(), request.mode());
        return ResponseEntity.accepted().build();
    }

    /** Force release (强拆): ends the agent's current call; 202 once the switch accepted it, 409 when not on a call. */
    @PostMapping("/agents/{id}/release")
    @PreAuthorize("hasAnyRole('TEAM_LEAD', 'SUPERVISOR', 'ADMIN')")
    ResponseEntity<AgentStatus> release(@PathVariable long id) {
        return ResponseEntity.accepted().body(routing.forceRelease(id));
    }

    // ---- call control: an agent's own current contact (agent desktop) ----------------------------------------------

    /**
     * {@code answer}, {@code hold}, {@code resume}, {@code hang-up}: 202 once the switch accepted the command (the new
     * state follows on the live stream); 409 naming the state when there is no contact to act on.
     */
    @PostMapping("/agents/{id}/contact/{action}")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<AgentStatus> control(@PathVariable long id, @PathVariable String action) {
        var status = switch (action) {
            case "answer" -> routing.answer(id);
            case "hold" -> routing.hold(id);
            case "resume" -> routing.resume(id);
            case "hang-up" -> routing.hangUp(id);
            default -> throw new hotline.platform.NotFoundException("call action", action);
        };
        return ResponseEntity.accepted().body(status);
    }

    @PostMapping("/agents/{id}/contact/transfer")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<AgentStatus> transfer(@PathVariable long id, @Valid @RequestBody Transfer transfer) {
        return ResponseEntity.accepted().body(routing.transfer(id, transfer));
    }

    @GetMapping("/agents/{id}/today")
    @PreAuthorize("hasAnyRole('AGENT', 'TEAM_LEAD', 'SUPERVISOR', 'MANAGER', 'ADMIN')")
    AgentDay today(@PathVariable long id) {
        return routing.agentDay(id);
    }

    @GetMapping("/contacts")
    List<ContactRecord> contacts(@RequestParam(required = false) Long queue,
                                 @RequestParam(required = false) Long agent,
                                 @RequestParam(required = false) Long customer,
                                 @RequestParam(required = false) Outcome outcome,
                                 @RequestParam(required = false) Instant from,
                                 @RequestParam(required = false) Instant to,
                                 @RequestParam(required = false) Integer limit) {
        return routing.contacts(new ContactQuery(queue, agent, customer, outcome, from, to, limit));
    }

    @GetMapping("/contacts/{id}")
    ContactRecord contact(@PathVariable UUID id) {
        return routing.contact(id);
    }

    record Classification(Long workOrderId, String disposition) {
    }

    @PutMapping("/contacts/{id}/classification")
    @PreAuthorize("hasAnyRole('AGENT', 'TEAM_LEAD', 'SUPERVISOR', 'ADMIN')")
    ContactRecord classify(@PathVariable UUID id, @RequestBody Classification classification) {
        return routing.classify(id, classification.workOrderId(), classification.disposition());
    }

    @GetMapping("/interval-stats")
    @PreAuthorize("hasAnyRole('TEAM_LEAD', 'SUPERVISOR', 'MANAGER', 'ADMIN')")
    List<IntervalStat> intervalStats(@RequestParam long queue, @RequestParam Instant from, @RequestParam Instant to,
                                     @RequestParam(defaultValue = "30") int interval) {
        return routing.intervalStats(queue, from, to, interval);
    }

    @GetMapping("/agent-interval-stats")
    @PreAuthorize("hasAnyRole('TEAM_LEAD', 'SUPERVISOR', 'MANAGER', 'ADMIN')")
    List<AgentIntervalStat> agentIntervalStats(@RequestParam long agent, @RequestParam Instant from,
                                               @RequestParam Instant to,
                                               @RequestParam(defaultValue = "30") int interval) {
        return routing.agentIntervalStats(agent, from, to, interval);
    }
}
