package hotline.workorder.internal;

import hotline.platform.security.Actor;
import hotline.platform.security.Role;
import hotline.workorder.Channel;
import hotline.workorder.NewWorkOrder;
import hotline.workorder.TimeLimit;
import hotline.workorder.Urgency;
import hotline.workorder.WorkOrderType;

import java.time.Instant;
import java.util.Set;

final class OrderFixtures {

    static final Actor AGENT = new Actor(11, "agent1", "王芳", Set.of(Role.AGENT));
    static final Actor DEPARTMENT = new Actor(21, "dept-repair", "运检部", Set.of(Role.DEPARTMENT));
    static final Actor SUPERVISOR = new Actor(31, "supervisor", "刘主管", Set.of(Role.SUPERVISOR));
    /** Complaint-like limits: sign off within 2 working hours, reply within 5 working days, call back within 1. */
    static final Limits LIMITS = new Limits(TimeLimit.workingHours(2), TimeLimit.workingDays(5), TimeLimit.workingDays(1));
    static final int[] LEVELS = {50, 75, 90};

    private OrderFixtures() {
    }

    static WorkOrder accepted(Instant at) {
        var request = new NewWorkOrder(WorkOrderType.COMPLAINT, null, Urgency.NORMAL, false, "电费异常",
                "本月电费比上月高出三倍", Channel.PHONE, "C-1", 7L, "张三", "13812341234", "浦东新区张江路1号",
                "3100012345", null, null);
        var order = WorkOrder.accept("GD20261124000001", request, null, AGENT, 3L, at);
        order.id = 1L;
        order.accepted();
        return order;
    }
}
