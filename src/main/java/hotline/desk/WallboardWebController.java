package hotline.desk;

import hotline.organization.Teams;
import hotline.platform.security.Actor;
import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import hotline.platform.time.CenterTime;
import hotline.routing.AgentState;
import hotline.routing.Routing;
import hotline.routing.StateChange;
import hotline.telephony.MonitorMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.ArrayList;
import java.util.List;

/**
 * The team lead's and supervisor's wallboard at {@code /wallboard} and its full-screen large display
 * {@code /wallboard/big} (大屏). Queue figures and agent rows come live from the desk's topics; a lead sees the agents
 * of the teams they lead, supervisors, managers and administrators every agent. Leads and supervisors act on an agent
 * (force a state, move between queues, listen / whisper / barge from their own phone) through routing's facade,
 * which checks the same scopes; managers watch only.
 */
@Controller
@PreAuthorize("hasAnyRole('TEAM_LEAD', 'SUPERVISOR', 'MANAGER', 'ADMIN')")
class WallboardWebController {

    private final Routing routing;
    private final Teams teams;
    private final WallboardTraffic traffic;
    private final CenterTime time;
    private final String endpointPrefix;
    private final int longestWaitAlert;

    WallboardWebController(Routing routing, Teams teams, WallboardTraffic traffic, CenterTime time,
                           @Value("${hotline.routing.endpoint-prefix:agent:}") String endpointPrefix,
                           @Value("${hotline.desk.longest-wait-alert-seconds:60}") int longestWaitAlert) {
        this.routing = routing;
        this.teams = teams;
        this.traffic = traffic;
        this.time = time;
        this.endpointPrefix = endpointPrefix;
        this.longestWaitAlert = longestWaitAlert;
    }

    @GetMapping("/wallboard")
    String wallboard(Model model) {
        prepare(model);
        return "desk/wallboard";
    }

    /** The large display: the same live figures in big type, and today's traffic against the forecast. */
    @GetMapping("/wallboard/big")
    String big(Model model) {
        prepare(model);
        return "desk/big";
    }

    /** Today's offered contacts per half hour, all queues together, with the workforce forecast when one exists. */
    @GetMapping("/wallboard/traffic")
    @ResponseBody
    WallboardTraffic.Today trafficToday() {
        return traffic.today();
    }

    private void prepare(Model model) {
        var me = CurrentUser.require();
        var topics = new ArrayList<String>();
        topics.add(DeskProjector.QUEUES);
        if (me.hasAny(Role.SUPERVISOR, Role.MANAGER, Role.ADMIN)) {
            topics.add(DeskProjector.ALL_AGENTS);
        } else {
            SystemActor.call(() -> teams.ledBy(me.id())).forEach(t -> topics.add(DeskProjector.TEAM + t.id()));
        }
        model.addAttribute("topics", topics);
        model.addAttribute("canAct", me.hasAny(Role.TEAM_LEAD, Role.SUPERVISOR, Role.ADMIN));
        model.addAttribute("reasonCodes", routing.reasonCodes().stream().filter(r -> r.enabled()).toList());
        model.addAttribute("queues", routing.queues());
        model.addAttribute("myEndpoint", endpointPrefix + me.username());
        model.addAttribute("longestWaitAlert", longestWaitAlert);
        model.addAttribute("today", time.today());
    }

    // ---- actions on an agent (routing checks the lead's team scope) --------------------------------------------------

    @PostMapping("/wallboard/agents/{id}/state")
    @PreAuthorize("hasAnyRole('TEAM_LEAD', 'SUPERVISOR', 'ADMIN')")
    ResponseEntity<Void> forceState(@PathVariable long id, @RequestParam AgentState state,
                                    @RequestParam(required = false) String reasonCode) {
        routing.changeState(id, new StateChange(state, state == AgentState.NOT_READY ? reasonCode : null));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/wallboard/agents/{id}/queues")
    @PreAuthorize("hasAnyRole('TEAM_LEAD', 'SUPERVISOR', 'ADMIN')")
    ResponseEntity<Void> moveToQueues(@PathVariable long id,
                                      @RequestParam(name = "queueId", required = false) List<Long> queueIds) {
        routing.assignQueues(id, queueIds == null ? List.of() : queueIds);
        return ResponseEntity.noContent().build();
    }

    /** Force release (强拆): ends the chosen agent's current call; the page asks first. */
    @PostMapping("/wallboard/agents/{id}/release")
    @PreAuthorize("hasAnyRole('TEAM_LEAD', 'SUPERVISOR', 'ADMIN')")
    ResponseEntity<Void> release(@PathVariable long id) {
        routing.forceRelease(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/wallboard/agents/{id}/monitor")
    @PreAuthorize("hasAnyRole('TEAM_LEAD', 'SUPERVISOR', 'ADMIN')")
    ResponseEntity<Void> monitor(@PathVariable long id, @RequestParam MonitorMode mode,
                                 @RequestParam(required = false) String endpoint) {
        Actor me = CurrentUser.require();
        routing.monitor(id, endpoint == null || endpoint.isBlank() ? endpointPrefix + me.username() : endpoint.strip(),
                mode);
        return ResponseEntity.noContent().build();
    }
}
