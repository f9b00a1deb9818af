package hotline.workorder;

import hotline.platform.security.Role;

import java.time.Instant;

/** Escalated (上报) to a team lead or supervisor, with the reason. */
public record WorkOrderEscalated(long workOrderId, String number, Role to, String reason, long by, Instant at) {
}
