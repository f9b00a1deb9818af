package hotline.workorder.internal;

import hotline.MutableClock;
import hotline.identity.Users;
import hotline.notification.Notifications;
import hotline.organization.Departments;
import hotline.organization.Teams;
import hotline.workorder.Channel;
import hotline.workorder.LoopFixture;
import hotline.workorder.NewWorkOrder;
import hotline.workorder.Urgency;
import hotline.workorder.WorkOrderDeadlineApproaching;
import hotline.workorder.WorkOrderOverdue;
import hotline.workorder.WorkOrderType;
import hotline.workorder.WorkOrders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static hotline.workorder.LoopFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines warn at each level and turn overdue exactly once, however often the sweeper runs. Time is moved by hand;
 * the due instants live in the database, so a sweeper started after a restart finds them the same way.
 */
@SpringBootTest(properties = "hotline.workorder.sweep-interval=PT1H")
@RecordApplicationEvents
class DeadlineSweeperTests {

    static final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        Clock testClock() {
            return clock;
        }
    }

    @Autowired
    DeadlineSweeper sweeper;
    @Autowired
    WorkOrders orders;
    @Autowired
    Notifications notifications;
    @Autowired
    Users users;
    @Autowired
    Departments departments;
    @Autowired
    Teams teams;
    @Autowired
    ApplicationEvents events;

    @Test
    void warnsThenTurnsOverdueOnce() {
        var f = new LoopFixture(users, departments, teams);
        // a repair runs on natural hours: the department must sign off within one hour
        var request = new NewWorkOrder(WorkOrderType.REPAIR, null, Urgency.NORMAL, false, "家中停电",
                "整栋楼停电，邻居家也没电", Channel.PHONE, null, null, "王五", "13700000001", "徐汇区漕溪路1号", null,
                f.departmentId, null);
        var order = as(f.agent, () -> orders.accept(request));
        assertThat(order.signOffDueAt()).isEqualTo(order.dispatchedAt().plus(Duration.ofHours(1)));

        clock.advance(Duration.ofMinutes(20));
        sweeper.sweep();
        assertThat(events.stream(WorkOrderDeadlineApproaching.class)).noneMatch(e -> e.workOrderId() == order.id());

        clock.advance(Duration.ofMinutes(15)); // 35 of 60 minutes: 50 % reached
        sweeper.sweep();
        sweeper.sweep();
        assertThat(events.stream(WorkOrderDeadlineApproaching.class).filter(e -> e.workOrderId() == order.id()))
                .singleElement().satisfies(e -> assertThat(e.level()).isEqualTo(50));
        assertThat(as(f.staff, () -> notifications.mine(20))).filteredOn(n -> n.kind().equals("workorder.deadline"))
                .hasSize(1);

        clock.advance(Duration.ofMinutes(30)); // 65 minutes: past 90 % and overdue; announced as overdue, once
        sweeper.sweep();
        sweeper.sweep();
        assertThat(events.stream(WorkOrderOverdue.class).filter(e -> e.workOrderId() == order.id())).hasSize(1);
        var overdue = as(f.staff, () -> orders.get(order.id()));
        assertThat(overdue.overdue()).isTrue();
        assertThat(overdue.warningLevel()).isEqualTo(100);
        assertThat(as(f.lead, () -> notifications.mine(20))).filteredOn(n -> n.kind().equals("workorder.overdue"))
                .hasSize(1);

        clock.advance(Duration.ofHours(5));
        assertThat(sweeper.sweep()).as("nothing left to look at once overdue was announced").isZero();
    }
}
