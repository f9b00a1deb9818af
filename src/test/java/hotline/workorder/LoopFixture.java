package hotline.workorder;

import hotline.identity.NewUser;
import hotline.identity.Users;
import hotline.organization.Departments;
import hotline.organization.NewDepartment;
import hotline.organization.NewTeam;
import hotline.organization.Teams;
import hotline.platform.security.Actor;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A small real center for work-order tests: a department with one staff member, a team with its lead and two
 * agents, a supervisor, a manager and a quality inspector, all real accounts in the organization.
 */
public final class LoopFixture {

    public final long departmentId;
    public final long otherDepartmentId;
    public final Actor agent;
    public final Actor otherAgent;
    public final Actor lead;
    public final Actor staff;
    public final Actor otherStaff;
    public final Actor supervisor;
    public final Actor manager;
    public final Actor qa;

    public LoopFixture(Users users, Departments departments, Teams teams) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        agent = person(users, "ag" + tag, "坐席" + tag, Role.AGENT);
        otherAgent = person(users, "oa" + tag, "另一坐席" + tag, Role.AGENT);
        lead = person(users, "ld" + tag, "组长" + tag, Role.TEAM_LEAD);
        staff = person(users, "st" + tag, "运检部" + tag, Role.DEPARTMENT);
        otherStaff = person(users, "os" + tag, "营销部" + tag, Role.DEPARTMENT);
        supervisor = person(users, "sv" + tag, "主管" + tag, Role.SUPERVISOR);
        manager = person(users, "mg" + tag, "经理" + tag, Role.MANAGER);
        qa = person(users, "qa" + tag, "质检" + tag, Role.QA);
        departmentId = SystemActor.call(() -> {
            var d = departments.create(new NewDepartment("repair-" + tag, "运检部" + tag, null, null));
            departments.assignStaff(d.id(), staff.id());
            return d.id();
        });
        otherDepartmentId = SystemActor.call(() -> {
            var d = departments.create(new NewDepartment("market-" + tag, "营销部" + tag, null, null));
            departments.assignStaff(d.id(), otherStaff.id());
            return d.id();
        });
        SystemActor.run(() -> teams.create(new NewTeam("班组" + tag, lead.id(), Set.of(agent.id(), otherAgent.id()))));
    }

    private static Actor person(Users users, String username, String name, Role role) {
        var user = SystemActor.call(() -> users.create(new NewUser(username, name, "Secret-pass-9", null, null,
                Set.of(role))));
        return new Actor(user.id(), user.username(), user.displayName(), Set.of(role));
    }

    public static <T> T as(Actor actor, Supplier<T> work) {
        return SystemActor.callAs(actor, work);
    }

    public NewWorkOrder complaint(String phone, Long dispatchTo) {
        return order(WorkOrderType.COMPLAINT, phone, dispatchTo);
    }

    public NewWorkOrder order(WorkOrderType type, String phone, Long dispatchTo) {
        return new NewWorkOrder(type, null, Urgency.NORMAL, false, "电费异常",
                "本月电费比上月高出三倍，怀疑电表有问题", Channel.PHONE, "C-" + phone, null, "张三", phone,
                "浦东新区张江路1号", "3100012345", dispatchTo, null);
    }
}
