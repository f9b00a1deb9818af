package hotline.quality.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import hotline.identity.UserView;
import hotline.identity.Users;
import hotline.platform.demo.DemoMode;
import hotline.platform.demo.DemoSeeder;
import hotline.platform.security.Actor;
import hotline.platform.security.SystemActor;
import hotline.quality.Evaluations;
import hotline.quality.FatalMode;
import hotline.quality.ItemScore;
import hotline.quality.ItemType;
import hotline.quality.SamplingPlans;
import hotline.quality.ScorecardContent;
import hotline.quality.Scorecards;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The demo center's quality work: the published 95598 voice-service scorecard (greeting, identity check as a fatal
 * item, forbidden words that zero the score …) and a sampling plan. A fresh demo database has no contacts yet, so the
 * first evaluations are made once the simulator's calls have ended: a recurring check waits for handled contacts,
 * then has the demo inspector {@code qa1} score a few of them through the facade (one is appealed by its agent, two
 * stay in the inspector's queue), and does nothing ever after.
 */
@Component
class QualityDemoSeeder implements DemoSeeder, Ordered {

    static final String CODE = "95598-voice";

    private final Scorecards scorecards;
    private final SamplingPlans plans;
    private final Evaluations evaluations;
    private final Users users;
    private final DemoMode mode;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    QualityDemoSeeder(Scorecards scorecards, SamplingPlans plans, Evaluations evaluations, Users users,
                      DemoMode mode, JdbcClient jdbc, TransactionTemplate transaction) {
        this.scorecards = scorecards;
        this.plans = plans;
        this.evaluations = evaluations;
        this.users = users;
        this.mode = mode;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public String name() {
        return "quality.scorecards";
    }

    @Override
    public int getOrder() {
        return 700;
    }

    @Override
    public void seed() {
        SystemActor.run(() -> {
            var card = scorecards.create(new Scorecards.NewScorecard(CODE, "95598 语音服务评分表",
                    "供电服务热线语音质检标准", content()));
            scorecards.publish(card.id(), card.version());
            plans.create(new SamplingPlans.PlanDraft(null, "95598 常规抽检", card.id(), true, 5, 200, true, 10, true,
                    true, 3));
        });
    }

    static ScorecardContent content() {
        return new ScorecardContent(85, List.of(
                new ScorecardContent.Section("开场与结束", 15, List.of(
                        item("greeting", "标准问候语", "“您好，国家电网，很高兴为您服务”", ItemType.YES_NO, 10, 1, false,
                                FatalMode.NONE),
                        item("closing", "标准结束语", "询问是否还有其他需要并道别", ItemType.YES_NO, 5, 1, false,
                                FatalMode.NONE))),
                new ScorecardContent.Section("身份核实", 15, List.of(
                        item("identity", "核实户号与身份", "涉及账户信息前必须核实", ItemType.YES_NO, 10, 1, true,
                                FatalMode.FAIL))),
                new ScorecardContent.Section("服务态度", 30, List.of(
                        item("tone", "语气语调", "1 生硬 … 5 亲切自然", ItemType.SCALE, 10, 5, false, FatalMode.NONE),
                        item("listening", "耐心倾听", "不打断客户，复述确认", ItemType.SCALE, 10, 5, false, FatalMode.NONE),
                        item("forbidden", "未使用服务禁语", "出现服务禁语总分清零", ItemType.YES_NO, 0, 1, false,
                                FatalMode.ZERO))),
                new ScorecardContent.Section("业务能力", 40, List.of(
                        item("accuracy", "答复准确", "政策、电价、停电信息答复正确", ItemType.POINTS, 20, 10, false,
                                FatalMode.NONE),
                        item("record", "工单记录完整", "受理内容、地址、联系方式完整", ItemType.POINTS, 10, 5, true,
                                FatalMode.NONE)))));
    }

    private static ScorecardContent.Item item(String code, String name, String guidance, ItemType type, int weight,
                                              int max, boolean allowNa, FatalMode fatal) {
        return new ScorecardContent.Item(code, name, guidance, type, weight, max, allowNa, fatal);
    }

    /** Once the demo has handled contacts and the scorecard has no evaluations yet, makes the first ones. */
    void firstEvaluations() {
        if (!mode.enabled()) {
            return;
        }
        var card = jdbc.sql("select id from quality.scorecard where code = ?").param(CODE).query(Long.class)
                .optional();
        var inspector = users.findByUsername("qa1");
        if (card.isEmpty() || inspector.isEmpty()) {
            return;
        }
        long used = jdbc.sql("""
                        select count(*) from quality.evaluation e join quality.scorecard_version v
                        on v.id = e.scorecard_version_id where v.scorecard_id = ? and e.source = 'MANUAL'""")
                .param(card.get()).query(Long.class).single();
        if (used > 0) {
            return;
        }
        List<UUID> contacts = jdbc.sql("""
                        select c.contact_id from quality.contact_seen c
                        where not exists (select 1 from quality.evaluation e where e.contact_id = c.contact_id)
                        order by c.ended_at limit 6""")
                .query(UUID.class).list();
        if (contacts.size() < 6) {
            return;
        }
        var qa = actor(inspector.get());
        for (int i = 0; i < contacts.size(); i++) {
            int n = i;
            var assigned = SystemActor.call(() -> evaluations.assign(
                    new Evaluations.NewAssignment(contacts.get(n), card.get(), qa.id(), 3)));
            if (n >= 4) {
                continue; // left in the inspector's queue
            }
            var scored = SystemActor.callAs(qa, () -> evaluations.submit(assigned.id(),
                    new Evaluations.ScoreSheet(assigned.version(), scores(n), n == 2 ? "未核实户号即告知欠费金额" : null)));
            if (n == 2 && scored.agentId() != null) {
                users.find(scored.agentId()).map(QualityDemoSeeder::actor).ifPresent(agent -> SystemActor.callAs(
                        agent, () -> evaluations.appeal(scored.id(), new Evaluations.Appeal(scored.version(),
                                "客户来电时已报户号并由系统自动核验，请复核录音开头部分"))));
            }
        }
    }

    private static List<ItemScore> scores(int variant) {
        double tone = new double[]{5, 4, 3, 4}[variant];
        double accuracy = new double[]{10, 8, 7, 9}[variant];
        return List.of(
                new ItemScore("greeting", 1.0, false, null, null),
                new ItemScore("closing", variant == 1 ? 0.0 : 1.0, false, variant == 1 ? "未询问其他需求" : null,
                        variant == 1 ? 95_000L : null),
                new ItemScore("identity", variant == 2 ? 0.0 : 1.0, false, variant == 2 ? "未核实户号" : null,
                        variant == 2 ? 20_000L : null),
                new ItemScore("tone", tone, false, null, null),
                new ItemScore("listening", 4.0, false, null, null),
                new ItemScore("forbidden", 1.0, false, null, null),
                new ItemScore("accuracy", accuracy, false, null, null),
                new ItemScore("record", variant == 3 ? null : 5.0, variant == 3, null, null));
    }

    private static Actor actor(UserView user) {
        return new Actor(user.id(), user.username(), user.displayName(), user.roles());
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {
        @Bean
        RecurringTask<Void> qualityDemoEvaluations(QualityDemoSeeder seeder) {
            return Tasks.recurring("quality-demo-evaluations", FixedDelay.of(Duration.ofMinutes(1)))
                    .execute((instance, context) -> seeder.transaction.executeWithoutResult(
                            status -> seeder.firstEvaluations()));
        }
    }
}
