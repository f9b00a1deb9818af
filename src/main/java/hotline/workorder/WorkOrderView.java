package hotline.workorder;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A work order as one person may see it: phone numbers masked when their role need not see them, the actions
 * their role may take in the current status, and the orders linked to it (suspected duplicates flagged at intake
 * included).
 */
public record WorkOrderView(
        long id, String number, WorkOrderType type, Long categoryId, String categoryName, Urgency urgency,
        Status status, Outcome outcome, boolean confidential, String title, String description, Channel channel,
        String contactRef, Long customerId, String customerName, String customerPhone, String customerAddress,
        String accountNumber, long acceptedBy, String acceptedByName, Long departmentId, String departmentName,
        Long incidentId, Long duplicateOf, String escalatedTo, boolean supervised, int urgeCount, int returnCount,
        int reopenCount, int callbackAttempts, Satisfaction satisfaction, String replyText,
        Instant acceptedAt, Instant dispatchedAt, Instant signedOffAt, Instant repliedAt, Instant calledBackAt,
        Instant archivedAt, Instant signOffDueAt, Instant handleDueAt, Instant callbackDueAt, Instant dueAt,
        int warningLevel, boolean overdue, long version, Set<Action> allowedActions, List<Long> linkedOrders) {
}
