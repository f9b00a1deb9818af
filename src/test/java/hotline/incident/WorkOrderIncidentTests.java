package hotline.incident;

import hotline.HotlineWebTest;
import hotline.identity.Users;
import hotline.organization.Departments;
import hotline.organization.Teams;
import hotline.platform.security.SystemActor;
import hotline.workorder.Channel;
import hotline.workorder.LoopFixture;
import hotline.workorder.NewWorkOrder;
import hotline.workorder.Urgency;
import hotline.workorder.WorkOrderType;
import hotline.workorder.WorkOrders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static hotline.workorder.LoopFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Work orders accepted during an incident are linked to it and counted for hot-issue detection. */
@HotlineWebTest
class WorkOrderIncidentTests {

    @Autowired
    Incidents incidents;
    @Autowired
    WorkOrders orders;
    @Autowired
    Users users;
    @Autowired
    Departments departments;
    @Autowired
    Teams teams;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOrderFromTheIncidentAreaIsLinkedAndAnOrderFromElsewhereIsNot() {
        var f = new LoopFixture(users, departments, teams);
        String street = "测试区" + UUID.randomUUID().toString().substring(0, 6) + "路";
        var incident = SystemActor.call(() -> incidents.declare(new IncidentDeclaration("线路故障", IncidentType.OUTAGE,
                new IncidentArea(List.of(street), List.of(), List.of()), Instant.now().minusSeconds(60), null,
                "因线路故障临时停电，预计两小时内恢复。", null)));
        var inArea = as(f.agent, () -> orders.accept(order(street + "8号")));
        var elsewhere = as(f.agent, () -> orders.accept(order("别处区某路1号")));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                SystemActor.call(() -> incidents.links(incident.id(), Incidents.LinkKind.WORK_ORDER)))
                .contains(inArea.number()).doesNotContain(elsewhere.number()));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                        "select area from incident.hot_issue_observation where reference = ?")
                .param(inArea.number()).query(String.class).list()).containsExactly("测试区"));
    }

    private static NewWorkOrder order(String address) {
        return new NewWorkOrder(WorkOrderType.REPAIR, null, Urgency.URGENT, false, "家里停电", "整栋楼都没电了",
                Channel.PHONE, null, null, "孙八", "13900000000", address, null, null, "已告知故障抢修中");
    }
}
