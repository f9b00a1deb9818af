package hotline.workorder;

import java.time.Instant;

/** One line of a work-order list or board. */
public record WorkOrderRow(long id, String number, WorkOrderType type, String categoryName, Urgency urgency,
                           Status status, boolean confidential, String title, String customerName,
                           String customerPhone, String departmentName, String acceptedByName, Instant acceptedAt,
                           Instant dueAt, int warningLevel, boolean overdue, boolean supervised, int urgeCount,
                           String escalatedTo, Satisfaction satisfaction) {
}
