package hotline.workorder.internal;

import hotline.platform.ConflictException;
import hotline.workorder.Outcome;
import hotline.workorder.Satisfaction;
import hotline.workorder.Status;
import hotline.workorder.WorkOrderArchived;
import hotline.workorder.WorkOrderDispatched;
import hotline.workorder.WorkOrderReopened;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static hotline.workorder.internal.OrderFixtures.AGENT;
import static hotline.workorder.internal.OrderFixtures.DEPARTMENT;
import static hotline.workorder.internal.OrderFixtures.LEVELS;
import static hotline.workorder.internal.OrderFixtures.LIMITS;
import static hotline.workorder.internal.OrderFixtures.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkOrderTests {

    final FixedCalendar calendar = new FixedCalendar();
    // Tuesday 2026-11-24 10:00 UTC
    final Instant tuesday10 = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void goesRoundTheWholeLoop() {
        var order = OrderFixtures.accepted(tuesday10);
        order.dispatch(5, "运检部", LIMITS, calendar, AGENT, "请尽快核实", tuesday10.plusSeconds(60));
        order.signOff(LIMITS, DEPARTMENT, tuesday10.plusSeconds(3600));
        order.start(DEPARTMENT, tuesday10.plusSeconds(3700));
        order.reply("已核实，表计正常，系空调用电增加", LIMITS, calendar, DEPARTMENT, tuesday10.plusSeconds(86_400));
        order.callbackReached(Satisfaction.SATISFIED, "满意", LIMITS, calendar, AGENT, tuesday10.plusSeconds(90_000));
        order.archive(true, AGENT, tuesday10.plusSeconds(90_100));

        assertThat(order.status).isEqualTo(Status.ARCHIVED);
        assertThat(order.outcome).isEqualTo(Outcome.RESOLVED);
        assertThat(order.steps).extracting(WorkOrder.StepRecord::to).containsExactly(Status.ACCEPTED,
                Status.DISPATCHED, Status.SIGNED_OFF, Status.IN_PROGRESS, Status.REPLIED, Status.CALLED_BACK,
                Status.ARCHIVED);
        assertThat(order.events).last().isInstanceOfSatisfying(WorkOrderArchived.class,
                archived -> assertThat(archived.closedInTime()).isTrue());
    }

    @Test
    void storesDeadlinesOnTheBusinessCalendarAtDispatch() {
        var order = OrderFixtures.accepted(tuesday10);
        // dispatched Tuesday 16:30: two working hours run to Wednesday 10:30; five working days to next Tuesday 17:00
        order.dispatch(5, "运检部", LIMITS, calendar, AGENT, null, Instant.parse("2026-11-24T16:30:00Z"));
        assertThat(order.signOffDueAt).isEqualTo(Instant.parse("2026-11-25T10:30:00Z"));
        assertThat(order.handleDueAt).isEqualTo(Instant.parse("2026-12-01T17:00:00Z"));
        assertThat(order.dueAt).isEqualTo(order.signOffDueAt);
        order.signOff(LIMITS, DEPARTMENT, Instant.parse("2026-11-25T09:10:00Z"));
        assertThat(order.dueAt).isEqualTo(order.handleDueAt);
        assertThat(order.events).filteredOn(WorkOrderDispatched.class::isInstance).hasSize(1);
    }

    @Test
    void warnsAtEachLevelAndThenIsOverdue() {
        var order = OrderFixtures.accepted(tuesday10);
        order.dispatch(5, "运检部", LIMITS, calendar, AGENT, null, tuesday10); // sign-off due Tuesday 12:00
        order.planAlerts(LEVELS, calendar);
        assertThat(order.nextAlertAt).isEqualTo(Instant.parse("2026-11-24T11:00:00Z"));
        assertThat(order.levelAt(Instant.parse("2026-11-24T10:59:00Z"), LEVELS, calendar)).isZero();
        assertThat(order.levelAt(Instant.parse("2026-11-24T11:30:00Z"), LEVELS, calendar)).isEqualTo(75);
        assertThat(order.levelAt(Instant.parse("2026-11-24T11:50:00Z"), LEVELS, calendar)).isEqualTo(90);
        assertThat(order.levelAt(Instant.parse("2026-11-24T12:00:00Z"), LEVELS, calendar)).isEqualTo(100);
        order.warningLevel = 90;
        order.planAlerts(LEVELS, calendar);
        assertThat(order.nextAlertAt).isEqualTo(order.dueAt);
    }

    @Test
    void returnedOrdersGoBackForDispatchAndLoseTheirDepartment() {
        var order = OrderFixtures.accepted(tuesday10);
        order.dispatch(5, "运检部", LIMITS, calendar, AGENT, null, tuesday10);
        order.returnToSender(DEPARTMENT, "非本部门职责，应派营销部", tuesday10.plusSeconds(600));
        assertThat(order.status).isEqualTo(Status.RETURNED);
        assertThat(order.departmentId).isNull();
        assertThat(order.dueAt).isNull();
        assertThat(order.returnCount).isEqualTo(1);
        order.dispatch(6, "营销部", LIMITS, calendar, AGENT, null, tuesday10.plusSeconds(900));
        assertThat(order.departmentName).isEqualTo("营销部");
    }

    @Test
    void anUnsatisfiedCustomerReopensTheOrderAtTheSameDepartment() {
        var order = OrderFixtures.accepted(tuesday10);
        order.dispatch(5, "运检部", LIMITS, calendar, AGENT, null, tuesday10);
        order.signOff(LIMITS, DEPARTMENT, tuesday10);
        order.reply("已处理", LIMITS, calendar, DEPARTMENT, tuesday10.plusSeconds(3600));
        order.callbackReached(Satisfaction.DISSATISFIED, "问题没有解决，仍然跳闸", LIMITS, calendar, AGENT,
                tuesday10.plusSeconds(7200));
        assertThat(order.status).isEqualTo(Status.DISPATCHED);
        assertThat(order.departmentId).isEqualTo(5);
        assertThat(order.reopenCount).isEqualTo(1);
        assertThat(order.events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(WorkOrderReopened.class,
                r -> assertThat(r.customerWords()).contains("跳闸")));
        assertThat(order.steps).last().satisfies(s -> assertThat(s.note()).contains("跳闸"));
    }

    @Test
    void closesAsUnreachableAfterTheLastCallbackAttempt() {
        var order = OrderFixtures.accepted(tuesday10);
        order.resolveOnSpot("已告知缴费渠道", true, LIMITS, calendar, AGENT, tuesday10);
        order.callbackUnreachable(3, "无人接听", AGENT, tuesday10.plusSeconds(100));
        order.callbackUnreachable(3, "关机", AGENT, tuesday10.plusSeconds(200));
        assertThat(order.status).isEqualTo(Status.REPLIED);
        order.callbackUnreachable(3, "无人接听", AGENT, tuesday10.plusSeconds(300));
        assertThat(order.status).isEqualTo(Status.ARCHIVED);
        assertThat(order.outcome).isEqualTo(Outcome.CALLBACK_UNREACHABLE);
    }

    @Test
    void resolvedOnTheSpotClosesAtOnceWhenTheTypeNeedsNoCallback() {
        var order = OrderFixtures.accepted(tuesday10);
        order.resolveOnSpot("已解答", false, LIMITS, calendar, AGENT, tuesday10);
        assertThat(order.status).isEqualTo(Status.ARCHIVED);
        assertThat(order.outcome).isEqualTo(Outcome.RESOLVED_ON_SPOT);
    }

    @Test
    void refusesToArchiveBeforeARequiredCallback() {
        var order = OrderFixtures.accepted(tuesday10);
        order.resolveOnSpot("已解答", true, LIMITS, calendar, AGENT, tuesday10);
        assertThatThrownBy(() -> order.archive(true, AGENT, tuesday10))
                .isInstanceOf(ConflictException.class).hasMessageContaining("is REPLIED");
        order.archive(false, AGENT, tuesday10);
        assertThat(order.status).isEqualTo(Status.ARCHIVED);
    }

    @Test
    void anApprovedExtensionMovesTheHandlingDeadlineAndRestartsTheWarnings() {
        var order = OrderFixtures.accepted(tuesday10);
        order.dispatch(5, "运检部", LIMITS, calendar, AGENT, null, tuesday10);
        order.signOff(LIMITS, DEPARTMENT, tuesday10);
        order.warningLevel = 90;
        var later = order.handleDueAt.plusSeconds(3 * 86_400);
        order.extend(later, LIMITS, SUPERVISOR, "需协调供电所现场勘查", tuesday10.plusSeconds(5000));
        assertThat(order.handleDueAt).isEqualTo(later);
        assertThat(order.dueAt).isEqualTo(later);
        assertThat(order.warningLevel).isZero();
    }

    @Test
    void refusesToSignOffAnOrderTwice() {
        var order = OrderFixtures.accepted(tuesday10);
        order.dispatch(5, "运检部", LIMITS, calendar, AGENT, null, tuesday10);
        order.signOff(LIMITS, DEPARTMENT, tuesday10);
        assertThatThrownBy(() -> order.signOff(LIMITS, DEPARTMENT, tuesday10))
                .isInstanceOf(ConflictException.class)
                .hasMessage("cannot sign-off: work order GD20261124000001 is SIGNED_OFF");
    }
}
