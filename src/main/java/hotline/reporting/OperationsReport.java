package hotline.reporting;

import hotline.routing.QueueTotals;
import hotline.workorder.WorkOrderFigures;

import java.time.LocalDate;
import java.util.List;

/**
 * The operations report of one period, in the reader's scope: inbound telephony per queue and for the center, and the
 * work-order loop per team and in total (for a team lead: the teams they lead).
 *
 * @param from first day of the period
 * @param to   last day of the period (inclusive)
 */
public record OperationsReport(Period period, LocalDate from, LocalDate to, List<QueueTotals> queues,
                               QueueTotals center, List<TeamRow> teams, WorkOrderFigures orders) {

    /** @param name null for orders accepted by people in no team */
    public record TeamRow(Long teamId, String name, WorkOrderFigures figures) {
    }
}
