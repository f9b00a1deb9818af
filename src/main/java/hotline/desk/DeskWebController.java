package hotline.desk;

import hotline.platform.NotFoundException;
import hotline.platform.security.CurrentUser;
import hotline.routing.AgentState;
import hotline.routing.Routing;
import hotline.routing.StateChange;
import hotline.routing.Transfer;
import hotline.workorder.WorkOrderFilter;
import hotline.workorder.WorkOrderQueries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.UUID;

/**
 * The agent desktop (坐席工作台) at {@code /desk}: state bar, the contact on the line with call control, the screen
 * pop (the customer module's card, the incident banner, the caller's open work orders), work-order intake from the
 * contact, the agent's callbacks due and today's figures. The page is drawn once; the live stream
 * {@code desk:agent:<id>} keeps it current, and every action answers 204 (the change arrives on the stream) or the
 * console's alert for 400 / 409.
 */
@Controller
@PreAuthorize("hasRole('AGENT')")
class DeskWebController {

    private final Routing routing;
    private final WorkOrderQueries workOrders;
    private final hotline.workorder.WorkOrders orders;
    private final List<String> dispositions;
    private final hotline.organization.Skills skills;
    private final hotline.platform.time.CenterTime time;
    private final hotline.routing.CallbackRequests callbackRequests;

    DeskWebController(Routing routing, WorkOrderQueries workOrders, hotline.workorder.WorkOrders orders,
                      hotline.organization.Skills skills,
                      hotline.platform.time.CenterTime time, hotline.routing.CallbackRequests callbackRequests,
                      @Value("${hotline.desk.dispositions:RESOLVED,WORK_ORDER,CALLBACK,TRANSFERRED,INFORMATION,WRONG_NUMBER}")
                      List<String> dispositions) {
        this.routing = routing;
        this.workOrders = workOrders;
        this.orders = orders;
        this.dispositions = List.copyOf(dispositions);
        this.skills = skills;
        this.time = time;
        this.callbackRequests = callbackRequests;
    }

    @GetMapping("/desk")
    String desk(Model model) {
        var me = CurrentUser.require();
        model.addAttribute("me", me);
        model.addAttribute("reasonCodes", routing.reasonCodes().stream()
                .filter(r -> r.enabled() && !"NO_ANSWER".equals(r.code())).toList());
        model.addAttribute("queues", routing.queues().stream().filter(q -> q.enabled()).toList());
        model.addAttribute("dispositions", dispositions);
        model.addAttribute("agents", hotline.platform.security.SystemActor.call(skills::agents).stream()
                .filter(a -> a.userId() != me.id()).toList());
        return "desk/desk";
    }

    @PostMapping("/desk/state")
    ResponseEntity<Void> state(@RequestParam AgentState state, @RequestParam(required = false) String reasonCode) {
        routing.changeState(CurrentUser.require().id(), new StateChange(state,
                state == AgentState.NOT_READY ? reasonCode : null));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/desk/call/{action}")
    ResponseEntity<Void> call(@PathVariable String action) {
        long me = CurrentUser.require().id();
        switch (action) {
            case "answer" -> routing.answer(me);
            case "hold" -> routing.hold(me);
            case "resume" -> routing.resume(me);
            case "hang-up" -> routing.hangUp(me);
            default -> throw new NotFoundException("call action", action);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/desk/transfer")
    ResponseEntity<Void> transfer(@RequestParam Transfer.Kind kind, @RequestParam(required = false) Long agentId,
                                  @RequestParam(required = false) String queueCode,
                                  @RequestParam(required = false) String number) {
        routing.transfer(CurrentUser.require().id(), new Transfer(kind, kind == Transfer.Kind.AGENT ? agentId : null,
                kind == Transfer.Kind.QUEUE ? queueCode : null, kind == Transfer.Kind.NUMBER ? number : null));
        return ResponseEntity.noContent().build();
    }

    /**
     * Calls the customer of a work order waiting for its callback (回访, ADR 0093): the order is read as the agent
     * (404 when they may not see it) and must be REPLIED (409); the number comes from the order, never from the page.
     * The agent's phone rings first, then the customer's; the call shows on the desk like any other.
     */
    @PostMapping("/desk/callback-call")
    ResponseEntity<Void> callbackCall(@RequestParam long workOrderId) {
        var me = CurrentUser.require();
        var order = orders.get(workOrderId);
        if (order.status() != hotline.workorder.Status.REPLIED) {
            throw hotline.platform.ConflictException.illegalTransition("work order", order.number(), order.status(),
                    "call back");
        }
        if (order.customerPhone() == null || order.customerPhone().isBlank()) {
            throw hotline.platform.InvalidInputException.of("workOrderId", "Phone",
                    "work order " + order.number() + " has no customer phone number to call");
        }
        routing.dial(me.id(), order.customerPhone(), order.customerId(), order.id());
        return ResponseEntity.noContent().build();
    }

    /**
     * Records a callback attempt that did not reach the customer (busy, no answer), right from the list: the order
     * counts the attempt and, after the type's number of attempts, is archived as unreachable. Answers the list.
     * A reached customer's satisfaction is recorded on the order's page.
     */
    @PostMapping("/desk/callback-unreachable")
    String callbackUnreachable(@RequestParam long workOrderId, Model model) {
        var order = orders.get(workOrderId);
        orders.callback(order.id(), new hotline.workorder.Commands.Callback(order.version(),
                hotline.workorder.CallbackResult.UNREACHABLE, null, null));
        return callbacks(model);
    }

    /** The disposition code of the contact (and the work order recorded for it, when there is one). */
    @PostMapping("/desk/disposition")
    String disposition(@RequestParam("contactId") UUID id, @RequestParam String disposition,
                       @RequestParam(required = false) Long workOrderId, Model model) {
        if (!dispositions.contains(disposition)) {
            throw hotline.platform.InvalidInputException.of("disposition", "unknown", "no disposition " + disposition);
        }
        model.addAttribute("record", routing.classify(id, workOrderId, disposition));
        return "desk/desk :: disposed";
    }

    /** Today's figures: contacts handled, AHT, time in each state. */
    @GetMapping("/desk/figures")
    String figures(Model model) {
        model.addAttribute("day", routing.agentDay(CurrentUser.require().id()));
        return "desk/desk :: figures";
    }

    /** Callers of the agent's queues owed a call back after their queue overflowed (回呼), oldest first. */
    @GetMapping("/desk/callback-requests")
    String callbackRequests(Model model) {
        model.addAttribute("zone", time.zone());
        model.addAttribute("requests", callbackRequests.open(10));
        return "desk/desk :: callback-requests";
    }

    /** Calls such a caller back (the number is read on the server): the agent's phone rings first, then theirs. */
    @PostMapping("/desk/callback-requests/{contactId}/call")
    String callBack(@PathVariable UUID contactId, @RequestParam long version, Model model) {
        callbackRequests.call(contactId, version);
        return callbackRequests(model);
    }

    /** Whether the call reached the caller: reached closes the request, not reached counts towards giving up. */
    @PostMapping("/desk/callback-requests/{contactId}/outcome")
    String callBackOutcome(@PathVariable UUID contactId, @RequestParam boolean reached, @RequestParam long version,
                           Model model) {
        callbackRequests.record(contactId, reached, version);
        return callbackRequests(model);
    }

    /** The agent's replied orders waiting for their callback (回访), soonest due first. */
    @GetMapping("/desk/callbacks")
    String callbacks(Model model) {
        model.addAttribute("zone", time.zone());
        model.addAttribute("callbacks", workOrders.list(new WorkOrderFilter(WorkOrderFilter.View.CALLBACKS, null,
                null, null, null, null, null, null, null, null, null, WorkOrderFilter.Sort.DEADLINE, 0, 10)).rows());
        return "desk/desk :: callbacks";
    }
}
