package hotline.identity.internal;

import hotline.identity.NewUser;
import hotline.identity.Users;
import hotline.platform.demo.DemoMode;
import hotline.platform.demo.DemoSeeder;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * The demo center's people: admin, manager, supervisor, two team leads, a quality inspector and twenty agents, all
 * with the demo password. Department staff accounts come with the departments (organization's seeder).
 */
@Component
class IdentityDemoSeeder implements DemoSeeder, Ordered {

    static final String[] AGENT_NAMES = {"王芳", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵敏", "黄磊", "周婷", "吴昊",
            "徐丽", "孙强", "胡雪", "朱琳", "高峰", "林晓", "何佳", "郭涛", "马超", "罗欣"};

    private final Users users;

    IdentityDemoSeeder(Users users) {
        this.users = users;
    }

    @Override
    public String name() {
        return "identity.people";
    }

    @Override
    public int getOrder() {
        return 100;
    }

    @Override
    public void seed() {
        SystemActor.run(() -> {
            person("admin", "系统管理员 Admin", Role.ADMIN);
            person("manager", "客服经理 陈主任", Role.MANAGER);
            person("supervisor", "值班主管 刘主管", Role.SUPERVISOR);
            person("lead1", "一组组长 张组长", Role.TEAM_LEAD);
            person("lead2", "二组组长 李组长", Role.TEAM_LEAD);
            person("qa1", "质检员 周质检", Role.QA);
            for (int i = 1; i <= 20; i++) {
                person("agent" + i, AGENT_NAMES[i - 1], Role.AGENT);
            }
        });
    }

    private void person(String username, String name, Role role) {
        users.create(new NewUser(username, name, DemoMode.PASSWORD, null, null, Set.of(role)));
    }
}
