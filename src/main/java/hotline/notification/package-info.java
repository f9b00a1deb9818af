/**
 * In-app notifications: a late work order, an escalation, a rising hot issue, an approved leave. Modules call
 * {@link hotline.notification.Notifications#notify}; people see a bell with the unread count, updated live, and a
 * list. Texts are stored as message keys with arguments, so each reader sees them in their own language.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package hotline.notification;
