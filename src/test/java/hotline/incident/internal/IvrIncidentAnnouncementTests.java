package hotline.incident.internal;

import hotline.HotlineWebTest;
import hotline.customer.CustomerFixtures;
import hotline.customer.Customers;
import hotline.incident.IncidentArea;
import hotline.incident.IncidentDeclaration;
import hotline.incident.IncidentType;
import hotline.incident.Incidents;
import hotline.platform.security.SystemActor;
import hotline.telephony.CallId;
import hotline.telephony.LegId;
import hotline.telephony.TelephonyEvent.CallOffered;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The IVR hears the incident's wording only for callers whose archive lies in its area, and the call is linked. */
@HotlineWebTest
class IvrIncidentAnnouncementTests {

    @Autowired
    IvrIncidentAnnouncement announcement;
    @Autowired
    Incidents incidents;
    @Autowired
    Customers customers;

    @Test
    void aCallerFromTheAreaHearsTheWordingAndOthersDoNot() {
        String district = "播报" + UUID.randomUUID().toString().substring(0, 4) + "区";
        String inside = CustomerFixtures.mobile();
        CustomerFixtures.register(customers, CustomerFixtures.person(CustomerFixtures.uniqueName("钱一"), inside,
                CustomerFixtures.accountNumber(), district + "和平路2号"));
        String outside = CustomerFixtures.mobile();
        CustomerFixtures.register(customers, CustomerFixtures.person(CustomerFixtures.uniqueName("钱二"), outside,
                CustomerFixtures.accountNumber(), "别的区和平路2号"));
        var incident = SystemActor.call(() -> incidents.declare(new IncidentDeclaration("播报事件", IncidentType.OUTAGE,
                new IncidentArea(List.of(), List.of(district), List.of()), Instant.now().minusSeconds(60), null,
                "您所在区域因线路故障停电，正在抢修。", null)));
        announcement.reload();

        String callId = "call-" + UUID.randomUUID();
        assertThat(announcement.apply(offered(callId, "+86 " + inside))).contains("您所在区域因线路故障停电，正在抢修。");
        assertThat(announcement.apply(offered("call-" + UUID.randomUUID(), outside))).isEmpty();
        assertThat(announcement.apply(offered("call-" + UUID.randomUUID(), CustomerFixtures.mobile()))).isEmpty();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(SystemActor.call(
                () -> incidents.links(incident.id(), Incidents.LinkKind.CONTACT))).containsExactly(callId));
    }

    private static CallOffered offered(String callId, String caller) {
        return new CallOffered(Instant.now(), new CallId(callId), new LegId(callId + "-a"), caller, "95598", "trunk",
                Map.of());
    }
}
