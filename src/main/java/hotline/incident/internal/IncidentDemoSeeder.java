package hotline.incident.internal;

import hotline.incident.Bulletins;
import hotline.incident.HandoverLog;
import hotline.incident.HotIssues;
import hotline.incident.IncidentArea;
import hotline.incident.IncidentDeclaration;
import hotline.incident.IncidentType;
import hotline.incident.Incidents;
import hotline.platform.demo.DemoSeeder;
import hotline.platform.security.SystemActor;
import hotline.platform.time.CenterTime;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * The demo center's floor today: an active outage in part of 东城区 with its approved wording, a closed one with its
 * upward report, a morning bulletin, a handover entry, and a day of contacts per topic with a storm of outage calls in
 * the last interval, so the hot-issue board has something to show.
 */
@Component
class IncidentDemoSeeder implements DemoSeeder, Ordered {

    private final Incidents incidents;
    private final HotIssues hotIssues;
    private final Bulletins bulletins;
    private final HandoverLog handover;
    private final CenterTime time;

    IncidentDemoSeeder(Incidents incidents, HotIssues hotIssues, Bulletins bulletins, HandoverLog handover,
                       CenterTime time) {
        this.incidents = incidents;
        this.hotIssues = hotIssues;
        this.bulletins = bulletins;
        this.handover = handover;
        this.time = time;
    }

    @Override
    public String name() {
        return "incident.floor";
    }

    @Override
    public int getOrder() {
        return 410;
    }

    @Override
    public void seed() {
        SystemActor.run(() -> {
            var now = time.now();
            var past = incidents.declare(new IncidentDeclaration("南湖区滨湖大道电缆故障停电", IncidentType.OUTAGE,
                    new IncidentArea(List.of("南湖区滨湖大道"), List.of(), List.of()), now.minus(Duration.ofHours(30)),
                    now.minus(Duration.ofHours(26)),
                    "您好，因施工外力破坏造成南湖区滨湖大道部分电缆故障停电，抢修人员已在现场全力抢修，预计4小时内恢复供电，给您带来不便敬请谅解。",
                    null));
            incidents.linkContact(past.id(), "CALL-DEMO-0001");
            incidents.linkContact(past.id(), "CALL-DEMO-0002");
            incidents.linkWorkOrder(past.id(), "GD-DEMO-0001");
            incidents.close(past.id(), new Incidents.Closing("更换故障电缆中间接头后恢复送电", "省公司客户服务中心",
                    incidents.get(past.id()).version()));
            incidents.declare(new IncidentDeclaration("东城区建设路10kV线路故障停电", IncidentType.OUTAGE,
                    new IncidentArea(List.of("东城区建设路", "东城区解放路"), List.of(), List.of("3100012345")),
                    now.minus(Duration.ofMinutes(40)), now.plus(Duration.ofHours(3)),
                    "您好，因10kV建设线故障，东城区建设路、解放路一带临时停电，抢修人员已到达现场，预计今天下午恢复供电，给您带来不便敬请谅解。",
                    null));
            bulletins.create(new Bulletins.BulletinDraft("今日晨会要点",
                    "1. 东城区建设路一带故障停电，请统一使用突发事件口径答复。\n2. 本月起峰谷电价变更业务可在网上国网办理。\n3. 注意核实客户身份后再告知户号信息。",
                    time.today(), time.today().plusDays(2), null));
            handover.write(new HandoverLog.HandoverNote(time.today(), "夜班", "lead1",
                    "夜间话务平稳，共受理报修 36 单，已全部派发。", "东城区停电事件持续中，注意来电高峰。"));
            var interval = Duration.ofMinutes(15);
            for (int i = 96; i >= 1; i--) {
                var at = now.minus(interval.multipliedBy(i));
                observeMany("电费电价", "西城区", at, i % 3 == 0 ? 2 : 1, "GD-H" + i);
                observeMany("停电报修", "东城区", at, i % 4 == 0 ? 1 : 0, "GD-O" + i);
            }
            observeMany("停电报修", "东城区", now, 12, "CALL-NOW");
            observeMany("电费电价", "西城区", now, 2, "CALL-BILL");
        });
    }

    private void observeMany(String category, String area, java.time.Instant at, int times, String prefix) {
        for (int k = 0; k < times; k++) {
            hotIssues.observe(category, area, at, prefix + "-" + k);
        }
    }
}
