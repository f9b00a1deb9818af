/**
 * Work orders (工单) and the closed loop: every customer request is accepted, dispatched to the department that must
 * act, signed off, handled, replied, verified with the customer by a callback and archived, each step within its
 * time limit on the center's business calendar. Lateness warns, escalates and notifies; nothing falls through.
 * Publishes {@code WorkOrderAccepted}, {@code WorkOrderDispatched}, {@code WorkOrderReplied},
 * {@code WorkOrderArchived}, {@code WorkOrderOverdue} and the other facts of the loop.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work order")
package hotline.workorder;
