package hotline.workorder;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Lists and boards of work orders, in the caller's data scope, with phone numbers masked for roles that need not see them. */
public interface WorkOrderQueries {

    Page list(WorkOrderFilter filter);

    /** Every matching row, for exports (streams; no page limit). */
    void export(WorkOrderFilter filter, Consumer<WorkOrderRow> row);

    /** How many open orders of the caller's scope are overdue, due soon, supervised, waiting for a callback. */
    Counts counts();

    List<Extension> pendingExtensions();

    /**
     * The loop's figures over [from, to) per accepting team, for reports: supervisors and managers get every team
     * (and, with a null team, the orders of people in no team), team leads only the teams they lead; others are
     * refused. Counts only, so confidential orders count like any other.
     */
    List<WorkOrderFigures> figures(Instant from, Instant to);

    record Page(List<WorkOrderRow> rows, int page, int size, boolean hasNext) {
    }

    record Counts(long overdue, long dueSoon, long supervised, long callbacks, long escalated) {
    }
}
