package hotline.workorder;

import hotline.HotlineWebTest;
import hotline.identity.Users;
import hotline.notification.Notifications;
import hotline.organization.Departments;
import hotline.organization.Teams;
import hotline.platform.ConflictException;
import hotline.platform.NotFoundException;
import hotline.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Duration;
import java.time.Instant;

import static hotline.workorder.LoopFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The closed loop through the facade, with real people, departments and the default calendar. */
@HotlineWebTest
@RecordApplicationEvents
class WorkOrderLoopTests {

    @Autowired
    WorkOrders orders;
    @Autowired
    WorkOrderQueries queries;
    @Autowired
    Users users;
    @Autowired
    Departments departments;
    @Autowired
    Teams teams;
    @Autowired
    Notifications notifications;
    @Autowired
    ApplicationEvents events;

    LoopFixture f;

    @BeforeEach
    void center() {
        f = new LoopFixture(users, departments, teams);
    }

    @Test
    void goesRoundTheLoopAndClosesIt() {
        var order = as(f.agent, () -> orders.accept(f.complaint("13800000001", f.departmentId)));
        assertThat(order.number()).matches("GD\\d{8}\\d{6}");
        assertThat(order.status()).isEqualTo(Status.DISPATCHED);
        assertThat(order.signOffDueAt()).isAfter(order.acceptedAt());
        assertThat(order.handleDueAt()).isAfter(order.signOffDueAt());

        var inbox = as(f.staff, () -> queries.list(WorkOrderFilter.of(WorkOrderFilter.View.INBOX)));
        assertThat(inbox.rows()).extracting(WorkOrderRow::id).contains(order.id());

        var signed = as(f.staff, () -> orders.signOff(order.id(), new Commands.Versioned(order.version())));
        var replied = as(f.staff, () -> orders.reply(order.id(), new Commands.Reply(signed.version(),
                "已现场核实，电表正常；本月用电量因空调增加。")));
        assertThat(replied.status()).isEqualTo(Status.REPLIED);
        assertThat(replied.callbackDueAt()).isNotNull();

        var callbacks = as(f.agent, () -> queries.list(WorkOrderFilter.of(WorkOrderFilter.View.CALLBACKS)));
        assertThat(callbacks.rows()).extracting(WorkOrderRow::id).contains(order.id());

        var called = as(f.agent, () -> orders.callback(order.id(), new Commands.Callback(replied.version(),
                CallbackResult.REACHED, Satisfaction.SATISFIED, "客户表示理解")));
        var archived = as(f.agent, () -> orders.archive(order.id(), new Commands.Versioned(called.version())));
        assertThat(archived.status()).isEqualTo(Status.ARCHIVED);
        assertThat(archived.outcome()).isEqualTo(Outcome.RESOLVED);

        assertThat(events.stream(WorkOrderAccepted.class)).anyMatch(e -> e.workOrderId() == order.id());
        assertThat(events.stream(WorkOrderDispatched.class)).anyMatch(e -> e.departmentId() == f.departmentId);
        assertThat(events.stream(WorkOrderArchived.class)).anyMatch(e -> e.workOrderId() == order.id()
                && e.satisfaction() == Satisfaction.SATISFIED);
        var steps = as(f.agent, () -> orders.steps(order.id()));
        assertThat(steps).extracting(Step::action).containsExactly(Action.ACCEPT, Action.DISPATCH, Action.SIGN_OFF,
                Action.REPLY, Action.CALLBACK, Action.ARCHIVE);
    }

    @Test
    void aDepartmentReturnsAWronglyDispatchedOrderAndTheAgentHears() {
        var order = as(f.agent, () -> orders.accept(f.complaint("13800000002", f.departmentId)));
        var returned = as(f.staff, () -> orders.returnOrder(order.id(),
                new Commands.Return(order.version(), "属营销部职责")));
        assertThat(returned.status()).isEqualTo(Status.RETURNED);
        assertThat(as(f.agent, () -> notifications.mine(10))).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo("workorder.returned");
            assertThat(n.args()).contains(order.number(), "属营销部职责");
        });
        assertThat(as(f.lead, () -> notifications.mine(10))).anySatisfy(n ->
                assertThat(n.kind()).isEqualTo("workorder.returned"));
        var again = as(f.agent, () -> orders.dispatch(order.id(),
                new Commands.Dispatch(returned.version(), f.otherDepartmentId, null)));
        assertThat(again.departmentId()).isEqualTo(f.otherDepartmentId);
    }

    @Test
    void anUnsatisfiedCustomerSendsTheOrderBackToTheSameDepartment() {
        var order = as(f.agent, () -> orders.accept(f.complaint("13800000003", f.departmentId)));
        var signed = as(f.staff, () -> orders.signOff(order.id(), new Commands.Versioned(order.version())));
        var replied = as(f.staff, () -> orders.reply(order.id(), new Commands.Reply(signed.version(), "已处理")));
        var reopened = as(f.agent, () -> orders.callback(order.id(), new Commands.Callback(replied.version(),
                CallbackResult.REACHED, Satisfaction.DISSATISFIED, "还是经常跳闸，没有解决")));
        assertThat(reopened.status()).isEqualTo(Status.DISPATCHED);
        assertThat(reopened.departmentId()).isEqualTo(f.departmentId);
        assertThat(reopened.reopenCount()).isEqualTo(1);
        assertThat(as(f.staff, () -> notifications.mine(10))).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo("workorder.reopened");
            assertThat(n.args()).contains("还是经常跳闸，没有解决");
        });
    }

    @Test
    void nobodyActsOnOrdersOutsideTheirScope() {
        var order = as(f.agent, () -> orders.accept(f.complaint("13800000004", f.departmentId)));
        assertThatThrownBy(() -> as(f.otherStaff, () -> orders.get(order.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(f.otherStaff, () -> orders.signOff(order.id(),
                new Commands.Versioned(order.version())))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(f.agent, () -> orders.signOff(order.id(),
                new Commands.Versioned(order.version())))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(f.otherAgent, () -> orders.dispatch(order.id(),
                new Commands.Dispatch(order.version(), f.otherDepartmentId, null))))
                .isInstanceOfAny(AccessDeniedException.class, NotFoundException.class);
    }

    @Test
    void confidentialOrdersAreSeenOnlyByWhomTheyConcern() {
        var request = new NewWorkOrder(WorkOrderType.COMPLAINT, null, Urgency.NORMAL, true, "举报内部人员",
                "客户反映抄表员索要好处费", Channel.PHONE, null, null, "匿名", "13800000005", null, null,
                f.departmentId, null);
        var order = as(f.agent, () -> orders.accept(request));
        assertThat(as(f.agent, () -> orders.get(order.id())).confidential()).isTrue();
        assertThat(as(f.staff, () -> orders.get(order.id()))).isNotNull();
        assertThat(as(f.lead, () -> orders.get(order.id()))).isNotNull();
        for (var outsider : new hotline.platform.security.Actor[]{f.otherAgent, f.supervisor, f.manager, f.qa, f.otherStaff}) {
            assertThatThrownBy(() -> as(outsider, () -> orders.get(order.id()))).as(outsider.username())
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(as(f.qa, () -> queries.list(WorkOrderFilter.of(WorkOrderFilter.View.ALL))).rows())
                .extracting(WorkOrderRow::id).doesNotContain(order.id());
        as(f.agent, () -> orders.escalate(order.id(), new Commands.Escalate(Role.SUPERVISOR, "涉及内部人员")));
        assertThat(as(f.supervisor, () -> orders.get(order.id())).escalatedTo()).isEqualTo("SUPERVISOR");
    }

    @Test
    void neverOverwritesAConcurrentChange() {
        var order = as(f.agent, () -> orders.accept(f.complaint("13800000006", f.departmentId)));
        as(f.staff, () -> orders.signOff(order.id(), new Commands.Versioned(order.version())));
        assertThatThrownBy(() -> as(f.staff, () -> orders.returnOrder(order.id(),
                new Commands.Return(order.version(), "派错了"))))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).details())
                        .containsEntry("currentVersion", order.version() + 1));
    }

    @Test
    void flagsASecondOrderOfTheSameCallerAsPossibleDuplicate() {
        var first = as(f.agent, () -> orders.accept(f.complaint("13800000007", null)));
        var second = as(f.agent, () -> orders.accept(f.complaint("13800000007", null)));
        assertThat(second.linkedOrders()).contains(first.id());
        var merged = as(f.lead, () -> orders.merge(second.id(), new Commands.Merge(first.id())));
        assertThat(merged.status()).isEqualTo(Status.ARCHIVED);
        assertThat(merged.outcome()).isEqualTo(Outcome.MERGED);
        assertThat(merged.duplicateOf()).isEqualTo(first.id());
    }

    @Test
    void anApprovedExtensionMovesTheDeadline() {
        var order = as(f.agent, () -> orders.accept(f.complaint("13800000008", f.departmentId)));
        var signed = as(f.staff, () -> orders.signOff(order.id(), new Commands.Versioned(order.version())));
        Instant wanted = signed.handleDueAt().plus(Duration.ofDays(7));
        var request = as(f.staff, () -> orders.requestExtension(order.id(),
                new Commands.ExtensionRequest(signed.version(), wanted, "需协调供电所现场勘查")));
        assertThat(as(f.supervisor, () -> notifications.mine(10))).anySatisfy(n ->
                assertThat(n.kind()).isEqualTo("workorder.extension-requested"));
        assertThatThrownBy(() -> as(f.staff, () -> orders.decideExtension(request.id(),
                new Commands.ExtensionDecision(true, "自己批准")))).isInstanceOf(AccessDeniedException.class);
        var extended = as(f.supervisor, () -> orders.decideExtension(request.id(),
                new Commands.ExtensionDecision(true, "同意")));
        assertThat(extended.handleDueAt()).isEqualTo(wanted);
        assertThat(extended.dueAt()).isEqualTo(wanted);
        assertThatThrownBy(() -> as(f.supervisor, () -> orders.decideExtension(request.id(),
                new Commands.ExtensionDecision(false, "再驳回")))).isInstanceOf(ConflictException.class);
    }

    @Test
    void urgingAndSupervisionReachTheDepartment() {
        var order = as(f.agent, () -> orders.accept(f.complaint("13800000009", f.departmentId)));
        as(f.agent, () -> orders.urge(order.id(), new Commands.Remark("客户第二次来电催办")));
        var supervised = as(f.manager, () -> orders.supervise(order.id(), new Commands.Remark("列入督办")));
        assertThat(supervised.urgeCount()).isEqualTo(1);
        assertThat(supervised.supervised()).isTrue();
        assertThat(as(f.staff, () -> notifications.mine(10))).extracting(n -> n.kind())
                .contains("workorder.urged", "workorder.supervised");
        assertThat(as(f.manager, () -> queries.list(WorkOrderFilter.of(WorkOrderFilter.View.SUPERVISED))).rows())
                .extracting(WorkOrderRow::id).contains(order.id());
    }

    @Test
    void qualityInspectorsSeeMaskedPhoneNumbers() {
        var order = as(f.agent, () -> orders.accept(f.complaint("13812341234", f.departmentId)));
        assertThat(as(f.agent, () -> orders.get(order.id())).customerPhone()).isEqualTo("13812341234");
        assertThat(as(f.qa, () -> orders.get(order.id())).customerPhone()).isEqualTo("138****1234");
        assertThat(as(f.qa, () -> queries.list(new WorkOrderFilter(WorkOrderFilter.View.ALL, null, null, null, null,
                null, null, null, null, null, order.number(), null, 0, 10))).rows())
                .singleElement().satisfies(r -> assertThat(r.customerPhone()).isEqualTo("138****1234"));
    }

    @Test
    void resolvedOnTheSpotAConsultationClosesAtOnce() {
        var request = new NewWorkOrder(WorkOrderType.CONSULTATION, null, Urgency.NORMAL, false, "缴费方式",
                "咨询如何在网上国网缴费", Channel.PHONE, null, null, "李四", "13900000010", null, null, null,
                "已告知网上国网App缴费步骤");
        var order = as(f.agent, () -> orders.accept(request));
        assertThat(order.status()).isEqualTo(Status.ARCHIVED);
        assertThat(order.outcome()).isEqualTo(Outcome.RESOLVED_ON_SPOT);
    }
}
