package hotline.routing.internal;

import hotline.organization.Channel;
import hotline.platform.demo.DemoSeeder;
import hotline.platform.security.SystemActor;
import hotline.routing.AgentState;
import hotline.routing.QueueDraft;
import hotline.routing.ReasonCodeDraft;
import hotline.routing.Routing;
import hotline.routing.StateChange;
import hotline.routing.Strategy;
import hotline.identity.Users;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The demo center's routing: the four queues the IVR menu names (REPAIR, BILLING, COMPLAINT, GENERAL) plus a chat
 * queue, the usual reason codes, and agent1..agent20 logged in and ready on their simulated phones
 * ({@code agent:agentN}), so the simulator's calls are answered from the first start.
 */
@Component
class RoutingDemoSeeder implements DemoSeeder, Ordered {

    private final Routing routing;
    private final Users users;

    RoutingDemoSeeder(Routing routing, Users users) {
        this.routing = routing;
        this.users = users;
    }

    @Override
    public String name() {
        return "routing.center";
    }

    @Override
    public int getOrder() {
        return 400;
    }

    @Override
    public void seed() {
        SystemActor.run(() -> {
            reason("BREAK", "小休", false);
            reason("MEAL", "用餐", false);
            reason("TRAINING", "培训", true);
            reason("MEETING", "会议", true);
            reason("NO_ANSWER", "未接听", false);
            var general = queue("GENERAL", "综合咨询", Map.of("billing", 1), 0, Strategy.LONGEST_IDLE, null, true);
            queue("REPAIR", "故障报修", Map.of("outage", 2), 20, Strategy.MOST_SKILLED, general, false);
            queue("BILLING", "电费咨询", Map.of("billing", 2), 0, Strategy.LONGEST_IDLE, general, false);
            queue("COMPLAINT", "投诉处理", Map.of("complaint", 3), 10, Strategy.LEAST_OCCUPIED, null, true);
            routing.createQueue(new QueueDraft("CHAT", "在线客服", Channel.CHAT, Map.of("chat", 1), 0,
                    Strategy.ROUND_ROBIN, 80, 60, null, null, false, null, 1, 0, 15, true, null));
            // agents' callbacks (回访外呼, ADR 0093): no skills needed, a minute to write the result down
            routing.createQueue(new QueueDraft("CALLBACK", "回访外呼", Channel.VOICE, Map.of(), 0,
                    Strategy.LONGEST_IDLE, 80, 20, null, null, false, null, 1, 60, 20, true, null));
            for (int i = 1; i <= 20; i++) {
                var agent = users.findByUsername("agent" + i);
                agent.ifPresent(user -> routing.changeState(user.id(), new StateChange(AgentState.READY, null)));
            }
        });
    }

    private void reason(String code, String name, boolean productive) {
        routing.createReasonCode(new ReasonCodeDraft(code, name, productive, true, null));
    }

    private Long queue(String code, String name, Map<String, Integer> skills, int priority, Strategy strategy,
                       Long overflowTo, boolean callback) {
        return routing.createQueue(new QueueDraft(code, name, Channel.VOICE, skills, priority, strategy, 80, 20,
                overflowTo != null || callback ? 180 : null, overflowTo, callback && overflowTo == null, 30, 1, 15, 15,
                true, null)).id();
    }
}
