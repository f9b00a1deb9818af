package hotline.workorder.internal;

import hotline.platform.ConflictException;
import hotline.workorder.Satisfaction;
import hotline.workorder.Status;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static hotline.workorder.internal.OrderFixtures.AGENT;
import static hotline.workorder.internal.OrderFixtures.DEPARTMENT;
import static hotline.workorder.internal.OrderFixtures.LEVELS;
import static hotline.workorder.internal.OrderFixtures.LIMITS;
import static hotline.workorder.internal.OrderFixtures.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever people do in whatever order, the loop keeps its invariants: an action either follows the table or is
 * refused without changing anything; an archived order never changes again; a department holds the order exactly
 * while its status says so; a deadline runs exactly in the statuses that have one; every move leaves a step.
 */
class WorkOrderLoopProperties {

    enum Op { DISPATCH, REDISPATCH, SIGN_OFF, START, RETURN, REPLY, ON_SPOT, CALLBACK_OK, CALLBACK_BAD, UNREACHABLE,
        REOPEN, ARCHIVE, URGE, ESCALATE, EXTEND, MERGE }

    @Provide
    Arbitrary<List<Op>> scripts() {
        return Arbitraries.of(Op.class).list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 2000)
    void theLoopKeepsItsInvariants(@ForAll("scripts") List<Op> script) {
        var calendar = new FixedCalendar();
        var now = Instant.parse("2026-11-24T10:00:00Z");
        var order = OrderFixtures.accepted(now);
        var survivor = OrderFixtures.accepted(now);
        survivor.id = 2L;
        for (Op op : script) {
            now = now.plus(Duration.ofMinutes(37));
            var before = order.status;
            int stepsBefore = order.steps.size();
            try {
                apply(op, order, survivor, calendar, now);
            } catch (ConflictException refused) {
                assertThat(order.status).as("a refused %s changes nothing", op).isEqualTo(before);
                assertThat(order.steps).hasSize(stepsBefore);
                continue;
            }
            assertThat(before).as("nothing happens to an archived order").isNotEqualTo(Status.ARCHIVED);
            assertThat(order.steps.size()).as("every action leaves a step").isGreaterThan(stepsBefore);
            if (order.status.withDepartment()) {
                assertThat(order.departmentId).as("a department holds a %s order", order.status).isNotNull();
            }
            if (order.status == Status.RETURNED) {
                assertThat(order.departmentId).as("a returned order has no department").isNull();
            }
            boolean runs = order.status.withDepartment() || order.status == Status.REPLIED;
            assertThat(order.dueAt != null).as("a deadline runs in %s", order.status).isEqualTo(runs);
            if (order.dueAt != null) {
                order.planAlerts(LEVELS, calendar);
                assertThat(order.nextAlertAt).isNotNull().isBeforeOrEqualTo(order.dueAt);
            }
        }
    }

    private static void apply(Op op, WorkOrder order, WorkOrder survivor, FixedCalendar calendar, Instant now) {
        switch (op) {
            case DISPATCH -> order.dispatch(5, "运检部", LIMITS, calendar, AGENT, null, now);
            case REDISPATCH -> order.redispatch(6, "营销部", LIMITS, calendar, SUPERVISOR, "转派", now);
            case SIGN_OFF -> order.signOff(LIMITS, DEPARTMENT, now);
            case START -> order.start(DEPARTMENT, now);
            case RETURN -> order.returnToSender(DEPARTMENT, "非本部门", now);
            case REPLY -> order.reply("已处理", LIMITS, calendar, DEPARTMENT, now);
            case ON_SPOT -> order.resolveOnSpot("已解答", true, LIMITS, calendar, AGENT, now);
            case CALLBACK_OK -> order.callbackReached(Satisfaction.SATISFIED, "满意", LIMITS, calendar, AGENT, now);
            case CALLBACK_BAD -> order.callbackReached(Satisfaction.DISSATISFIED, "不满意", LIMITS, calendar, AGENT, now);
            case UNREACHABLE -> order.callbackUnreachable(3, "无人接听", AGENT, now);
            case REOPEN -> order.reopen("客户要求重办", LIMITS, calendar, SUPERVISOR, now);
            case ARCHIVE -> order.archive(false, AGENT, now);
            case URGE -> order.urge("客户催办", AGENT, now);
            case ESCALATE -> order.escalate(hotline.platform.security.Role.TEAM_LEAD, "政策性问题", AGENT, now);
            case EXTEND -> order.extend(now.plus(Duration.ofDays(3)), LIMITS, SUPERVISOR, "同意", now);
            case MERGE -> order.mergeInto(survivor, SUPERVISOR, now);
        }
    }
}
