package hotline.workorder;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a list shows. {@code view} picks the board (my orders, the department's inbox, overdue …); the other fields
 * narrow it. Dates are the center's calendar days of acceptance, both inclusive.
 */
public record WorkOrderFilter(View view, Set<Status> statuses, WorkOrderType type, Long categoryId,
                              Long departmentId, LocalDate from, LocalDate to, Long customerId, String phone,
                              String text, String number, Sort sort, int page, int size) {

    public enum View {
        /** Orders I accepted (agents) */
        MINE,
        /** Orders with my department (department staff) */
        INBOX,
        /** Orders of the teams I lead */
        TEAM,
        /** Open orders past their deadline */
        OVERDUE,
        /** Open orders that reached a warning level */
        DUE_SOON,
        /** Orders under formal supervision (督办) */
        SUPERVISED,
        /** Open orders escalated (上报) to a role I hold: a lead's of the teams they lead, a supervisor's, all for managers */
        ESCALATED,
        /** Replied orders waiting for their callback, soonest due first */
        CALLBACKS,
        /** Everything the person may see */
        ALL
    }

    public enum Sort {
        DEADLINE, NEWEST
    }

    public static final int MAX_PAGE_SIZE = 200;

    public WorkOrderFilter {
        view = view == null ? View.ALL : view;
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sort = sort == null ? (view == View.ALL || view == View.MINE ? Sort.NEWEST : Sort.DEADLINE) : sort;
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, MAX_PAGE_SIZE);
    }

    public static WorkOrderFilter of(View view) {
        return new WorkOrderFilter(view, null, null, null, null, null, null, null, null, null, null, null, 0, 50);
    }

    /** Looking for a customer's orders (by customer, phone or order number) widens what agents may see. */
    public boolean searchesByCustomer() {
        return customerId != null || (phone != null && !phone.isBlank()) || (number != null && !number.isBlank());
    }
}
