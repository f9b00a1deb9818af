package hotline.organization.internal;

import hotline.identity.NewUser;
import hotline.identity.UserView;
import hotline.identity.Users;
import hotline.organization.Calendars;
import hotline.organization.Channel;
import hotline.organization.Departments;
import hotline.organization.NewDepartment;
import hotline.organization.NewSkill;
import hotline.organization.NewTeam;
import hotline.organization.Skills;
import hotline.organization.Teams;
import hotline.platform.demo.DemoMode;
import hotline.platform.demo.DemoSeeder;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The demo center's organization: six departments of a power-supply company with one staff account each, three
 * teams of agents, six skills with varied proficiency, and China's 2026 holidays in the default calendar.
 */
@Component
class OrganizationDemoSeeder implements DemoSeeder, Ordered {

    static final String HOLIDAYS_2026 = "organization/calendars/cn-2026.csv";

    private final Users users;
    private final Departments departments;
    private final Teams teams;
    private final Skills skills;
    private final Calendars calendars;

    OrganizationDemoSeeder(Users users, Departments departments, Teams teams, Skills skills, Calendars calendars) {
        this.users = users;
        this.departments = departments;
        this.teams = teams;
        this.skills = skills;
        this.calendars = calendars;
    }

    @Override
    public String name() {
        return "organization.center";
    }

    @Override
    public int getOrder() {
        return 200;
    }

    @Override
    public void seed() {
        SystemActor.run(() -> {
            department("marketing", "营销部", "电费电价、业扩报装、用电变更等营销业务", "0571-8765-1001");
            department("repair", "运检部（抢修）", "故障报修、抢修派工与停电信息", "0571-8765-1002");
            department("metering", "计量中心", "电能表校验、计量装置故障与争议", "0571-8765-1003");
            department("service", "客户服务部", "投诉督办、服务质量与回访", "0571-8765-1004");
            department("finance", "财务部", "退费、发票与账务问题", "0571-8765-1005");
            department("it", "信息中心", "网上国网、系统故障与数据问题", "0571-8765-1006");

            team("一组", "lead1", 1, 7);
            team("二组", "lead2", 8, 14);
            team("三组", "lead1", 15, 20);

            skill("billing", "电费咨询", Channel.VOICE, "电费、电价、缴费与账单");
            skill("outage", "故障报修", Channel.VOICE, "停电、故障受理与抢修进度");
            skill("connection", "业扩报装", Channel.VOICE, "新装、增容与用电变更");
            skill("complaint", "投诉处理", Channel.VOICE, "投诉受理与安抚");
            skill("english", "英语服务", Channel.VOICE, "英语来电");
            skill("chat", "在线客服", Channel.CHAT, "网页与 App 在线咨询");
            for (int i = 1; i <= 20; i++) {
                agentSkills(i);
            }

            calendars.importCsv(calendars.list().stream().filter(c -> c.defaultCalendar()).findFirst().orElseThrow().id(),
                    read(HOLIDAYS_2026));
        });
    }

    private void department(String code, String name, String description, String phone) {
        var department = departments.create(new NewDepartment(code, name, description, phone));
        var staff = users.create(new NewUser("dept-" + code, name + " 联络人", DemoMode.PASSWORD, null, null,
                Set.of(Role.DEPARTMENT)));
        departments.assignStaff(department.id(), staff.id());
    }

    private void team(String name, String lead, int firstAgent, int lastAgent) {
        var members = IntStream.rangeClosed(firstAgent, lastAgent)
                .mapToObj(i -> user("agent" + i).id()).collect(Collectors.toSet());
        teams.create(new NewTeam(name, user(lead).id(), members));
    }

    private void skill(String code, String name, Channel channel, String description) {
        skills.create(new NewSkill(code, name, channel, description));
    }

    /** Everyone takes billing and outage calls; seniority, languages and chat vary from agent to agent. */
    private void agentSkills(int i) {
        var proficiency = new LinkedHashMap<String, Integer>();
        proficiency.put("billing", 1 + (i * 3) % 5);
        proficiency.put("outage", 1 + (i * 2 + 1) % 5);
        if (i % 3 != 0) {
            proficiency.put("connection", 1 + (i + 2) % 5);
        }
        if (i % 4 == 0 || i <= 2) {
            proficiency.put("complaint", 3 + i % 3);
        }
        if (i == 3 || i == 9 || i == 16) {
            proficiency.put("english", 2 + i % 4);
        }
        if (i % 2 == 0) {
            proficiency.put("chat", 1 + (i / 2) % 5);
        }
        skills.setSkills(user("agent" + i).id(), Map.copyOf(proficiency));
    }

    private UserView user(String username) {
        return users.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("the identity demo seeder did not create " + username));
    }

    private static String read(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
