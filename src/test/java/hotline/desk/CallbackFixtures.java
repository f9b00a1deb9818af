package hotline.desk;

import hotline.organization.Channel;
import hotline.platform.security.Actor;
import hotline.platform.security.SystemActor;
import hotline.routing.AgentState;
import hotline.routing.QueueDraft;
import hotline.routing.Routing;
import hotline.routing.StateChange;
import hotline.routing.Strategy;
import hotline.workorder.Commands;
import hotline.workorder.LoopFixture;
import hotline.workorder.Status;
import hotline.workorder.WorkOrderView;
import hotline.workorder.WorkOrders;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the tests of agents' callback calls share: the callback queue, an order due for its callback, logging out. */
final class CallbackFixtures {

    private CallbackFixtures() {
    }

    /** The queue agents' callback calls belong to (ADR 0093), created once per database. */
    static void callbackQueue(Routing routing) {
        SystemActor.run(() -> {
            if (routing.queues().stream().noneMatch(q -> q.code().equals("CALLBACK"))) {
                routing.createQueue(new QueueDraft("CALLBACK", "回访外呼", Channel.VOICE, Map.of(), 0,
                        Strategy.LONGEST_IDLE, 80, 20, null, null, false, null, 1, 60, 20, true, null));
            }
        });
    }

    /** A complaint accepted by the fixture's agent, signed off and replied by the department: due for its callback. */
    static WorkOrderView waitingForCallback(WorkOrders orders, LoopFixture f, String phone) {
        var o = LoopFixture.as(f.agent, () -> orders.accept(f.complaint(phone, f.departmentId)));
        var s = LoopFixture.as(f.staff, () -> orders.signOff(o.id(), new Commands.Versioned(o.version())));
        var r = LoopFixture.as(f.staff, () -> orders.reply(o.id(), new Commands.Reply(s.version(), "已核实处理")));
        assertThat(r.status()).isEqualTo(Status.REPLIED);
        return r;
    }

    /** Leaves the floor as the test found it; an agent still on a call logs out after the wrap-up. */
    static void logOut(Routing routing, Actor agent) {
        SystemActor.run(() -> {
            try {
                routing.changeState(agent.id(), new StateChange(AgentState.LOGGED_OUT, null));
            } catch (RuntimeException ignored) {
                // on a contact: the request waits until after the wrap-up
            }
        });
    }
}
