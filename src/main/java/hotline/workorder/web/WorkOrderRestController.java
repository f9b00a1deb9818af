package hotline.workorder.web;

import hotline.workorder.Commands;
import hotline.workorder.Extension;
import hotline.workorder.NewWorkOrder;
import hotline.workorder.Status;
import hotline.workorder.Step;
import hotline.workorder.WorkOrderFilter;
import hotline.workorder.WorkOrderQueries;
import hotline.workorder.WorkOrderType;
import hotline.workorder.WorkOrderView;
import hotline.workorder.WorkOrders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Work orders over HTTP: create, read, list, and one {@code POST /{id}/<action>} per step of the loop. An action the
 * status does not allow answers 409 naming the status and the action; a stale {@code version} answers 409 with the
 * current one; invalid fields answer 400, each named.
 */
@Tag(name = "Work orders", description = "The closed loop: accept, dispatch, sign off, reply, call back, archive")
@RestController
@RequestMapping("/api/v1/work-orders")
@PreAuthorize("hasAnyRole('AGENT','TEAM_LEAD','SUPERVISOR','MANAGER','QA','DEPARTMENT')")
class WorkOrderRestController {

    private final WorkOrders orders;
    private final WorkOrderQueries queries;

    WorkOrderRestController(WorkOrders orders, WorkOrderQueries queries) {
        this.orders = orders;
        this.queries = queries;
    }

    @Operation(summary = "Accept (受理) a new work order; optionally dispatch it or resolve it on the spot at once")
    @PostMapping
    @PreAuthorize("hasAnyRole('AGENT','TEAM_LEAD','SUPERVISOR')")
    ResponseEntity<WorkOrderView> accept(@Valid @RequestBody NewWorkOrder order) {
        var created = orders.accept(order);
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @GetMapping("/{id}")
    WorkOrderView get(@PathVariable long id) {
        return orders.get(id);
    }

    @GetMapping
    WorkOrderQueries.Page list(@RequestParam(defaultValue = "ALL") WorkOrderFilter.View view,
                               @RequestParam(required = false) Set<Status> status,
                               @RequestParam(required = false) WorkOrderType type,
                               @RequestParam(required = false) Long categoryId,
                               @RequestParam(required = false) Long departmentId,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(required = false) Long customerId,
                               @RequestParam(required = false) String phone,
                               @RequestParam(required = false) String text,
                               @RequestParam(required = false) String number,
                               @RequestParam(required = false) WorkOrderFilter.Sort sort,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "50") int size) {
        return queries.list(new WorkOrderFilter(view, status, type, categoryId, departmentId, from, to, customerId,
                phone, text, number, sort, page, size));
    }

    @GetMapping("/counts")
    WorkOrderQueries.Counts counts() {
        return queries.counts();
    }

    @GetMapping("/{id}/steps")
    List<Step> steps(@PathVariable long id) {
        return orders.steps(id);
    }

    @GetMapping("/{id}/extension-requests")
    List<Extension> extensions(@PathVariable long id) {
        return orders.extensions(id);
    }

    @PostMapping("/{id}/dispatch")
    WorkOrderView dispatch(@PathVariable long id, @Valid @RequestBody Commands.Dispatch command) {
        return orders.dispatch(id, command);
    }

    @PostMapping("/{id}/redispatch")
    WorkOrderView redispatch(@PathVariable long id, @Valid @RequestBody Commands.Redispatch command) {
        return orders.redispatch(id, command);
    }

    @PostMapping("/{id}/sign-off")
    WorkOrderView signOff(@PathVariable long id, @Valid @RequestBody Commands.Versioned command) {
        return orders.signOff(id, command);
    }

    @PostMapping("/{id}/start")
    WorkOrderView start(@PathVariable long id, @Valid @RequestBody Commands.Versioned command) {
        return orders.start(id, command);
    }

    @PostMapping("/{id}/return")
    WorkOrderView returnOrder(@PathVariable long id, @Valid @RequestBody Commands.Return command) {
        return orders.returnOrder(id, command);
    }

    @PostMapping("/{id}/reply")
    WorkOrderView reply(@PathVariable long id, @Valid @RequestBody Commands.Reply command) {
        return orders.reply(id, command);
    }

    @PostMapping("/{id}/resolve-on-spot")
    WorkOrderView resolveOnSpot(@PathVariable long id, @Valid @RequestBody Commands.Reply command) {
        return orders.resolveOnSpot(id, command);
    }

    @PostMapping("/{id}/callback")
    WorkOrderView callback(@PathVariable long id, @Valid @RequestBody Commands.Callback command) {
        return orders.callback(id, command);
    }

    @PostMapping("/{id}/reopen")
    WorkOrderView reopen(@PathVariable long id, @Valid @RequestBody Commands.Reopen command) {
        return orders.reopen(id, command);
    }

    @PostMapping("/{id}/archive")
    WorkOrderView archive(@PathVariable long id, @Valid @RequestBody Commands.Versioned command) {
        return orders.archive(id, command);
    }

    @PostMapping("/{id}/escalate")
    WorkOrderView escalate(@PathVariable long id, @Valid @RequestBody Commands.Escalate command) {
        return orders.escalate(id, command);
    }

    @PostMapping("/{id}/urge")
    WorkOrderView urge(@PathVariable long id, @Valid @RequestBody Commands.Remark command) {
        return orders.urge(id, command);
    }

    @PostMapping("/{id}/supervise")
    WorkOrderView supervise(@PathVariable long id, @Valid @RequestBody Commands.Remark command) {
        return orders.supervise(id, command);
    }

    @PostMapping("/{id}/notes")
    WorkOrderView note(@PathVariable long id, @Valid @RequestBody Commands.Remark command) {
        return orders.note(id, command);
    }

    @PostMapping("/{id}/edit")
    WorkOrderView edit(@PathVariable long id, @Valid @RequestBody Commands.Edit command) {
        return orders.edit(id, command);
    }

    @PostMapping("/{id}/extension-requests")
    ResponseEntity<Extension> requestExtension(@PathVariable long id,
                                               @Valid @RequestBody Commands.ExtensionRequest command) {
        return ResponseEntity.status(HttpStatus.CREATED).body(orders.requestExtension(id, command));
    }

    @PostMapping("/extension-requests/{requestId}/decision")
    WorkOrderView decideExtension(@PathVariable long requestId,
                                  @Valid @RequestBody Commands.ExtensionDecision command) {
        return orders.decideExtension(requestId, command);
    }

    @PostMapping("/{id}/link")
    WorkOrderView link(@PathVariable long id, @Valid @RequestBody Commands.Link command) {
        return orders.link(id, command);
    }

    @PostMapping("/{id}/merge")
    WorkOrderView merge(@PathVariable long id, @Valid @RequestBody Commands.Merge command) {
        return orders.merge(id, command);
    }
}
