package hotline.reporting;

import hotline.organization.TeamView;
import hotline.organization.Teams;
import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import hotline.platform.time.CenterTime;
import hotline.routing.QueueTotals;
import hotline.routing.Routing;
import hotline.workorder.WorkOrderFigures;
import hotline.workorder.WorkOrderQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the operations report from the routing and work-order facades: the period's days in the center's time zone
 * become instants, each facade adds its figures up in SQL, and the center's line is the sum of the queues' and
 * teams' counts and seconds, its ratios taken from those sums.
 */
@Service
public class OperationsReports {

    private final Routing routing;
    private final WorkOrderQueries workOrders;
    private final Teams teams;
    private final CenterTime time;

    OperationsReports(Routing routing, WorkOrderQueries workOrders, Teams teams, CenterTime time) {
        this.routing = routing;
        this.workOrders = workOrders;
        this.teams = teams;
        this.time = time;
    }

    @PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER')")
    public OperationsReport report(Period period, LocalDate day) {
        var start = period.start(day);
        var end = period.end(start);
        var from = time.startOfDay(start);
        var to = time.startOfDay(end);
        List<QueueTotals> queues = routing.queueTotals(from, to);
        var names = visibleTeams().stream().collect(Collectors.toMap(TeamView::id, TeamView::name));
        var byTeam = workOrders.figures(from, to).stream()
                .collect(Collectors.toMap(f -> f.teamId() == null ? -1L : f.teamId(), Function.identity()));
        var rows = new ArrayList<OperationsReport.TeamRow>();
        names.forEach((id, name) -> rows.add(new OperationsReport.TeamRow(id, name,
                byTeam.getOrDefault(id, WorkOrderFigures.none(id)))));
        byTeam.forEach((id, figures) -> {
            if (id != -1L && !names.containsKey(id)) { // a team removed since: its orders still count
                rows.add(new OperationsReport.TeamRow(id, "#" + id, figures));
            }
        });
        rows.sort(Comparator.comparing(OperationsReport.TeamRow::name));
        var noTeam = byTeam.get(-1L);
        if (noTeam != null) {
            rows.add(new OperationsReport.TeamRow(null, null, noTeam));
        }
        var total = rows.stream().map(OperationsReport.TeamRow::figures)
                .reduce(WorkOrderFigures.none(null), WorkOrderFigures::plus);
        return new OperationsReport(period, start, end.minusDays(1), queues, QueueTotals.center(queues),
                List.copyOf(rows), total);
    }

    /** Supervisors and managers see every team; a team lead the teams they lead (the work-order facade agrees). */
    private List<TeamView> visibleTeams() {
        var actor = CurrentUser.require();
        return actor.hasAny(Role.SUPERVISOR, Role.MANAGER) ? teams.list() : teams.ledBy(actor.id());
    }
}
