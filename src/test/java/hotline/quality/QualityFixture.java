package hotline.quality;

import hotline.identity.NewUser;
import hotline.identity.Users;
import hotline.organization.NewTeam;
import hotline.organization.Teams;
import hotline.platform.security.Actor;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A small real quality center: two inspectors, a supervisor (the QA lead), a manager, a team with its lead and two
 * agents, a published two-section scorecard with a fatal item, and handled contacts in routing's record.
 */
public final class QualityFixture {

    public final Actor qa;
    public final Actor qa2;
    public final Actor supervisor;
    public final Actor manager;
    public final Actor lead;
    public final Actor agent;
    public final Actor otherAgent;
    public final long teamId;
    public final long scorecardId;
    public final String tag;
    private final JdbcClient jdbc;

    public QualityFixture(Users users, Teams teams, Scorecards scorecards, JdbcClient jdbc) {
        this.jdbc = jdbc;
        tag = UUID.randomUUID().toString().substring(0, 6);
        qa = person(users, "qa" + tag, "质检员" + tag, Role.QA);
        qa2 = person(users, "qb" + tag, "质检二" + tag, Role.QA);
        supervisor = person(users, "sv" + tag, "质检主管" + tag, Role.SUPERVISOR, Role.QA);
        manager = person(users, "mg" + tag, "经理" + tag, Role.MANAGER);
        lead = person(users, "ld" + tag, "组长" + tag, Role.TEAM_LEAD);
        agent = person(users, "ag" + tag, "坐席" + tag, Role.AGENT);
        otherAgent = person(users, "ao" + tag, "另一坐席" + tag, Role.AGENT);
        teamId = SystemActor.call(() -> teams.create(new NewTeam("质检班组" + tag, lead.id(),
                Set.of(agent.id(), otherAgent.id())))).id();
        scorecardId = as(supervisor, () -> {
            var card = scorecards.create(new Scorecards.NewScorecard("svc-" + tag, "服务评分表" + tag, null,
                    content()));
            scorecards.publish(card.id(), card.version());
            return card.id();
        });
    }

    public static ScorecardContent content() {
        return new ScorecardContent(80, List.of(
                new ScorecardContent.Section("服务规范", 40, List.of(
                        new ScorecardContent.Item("greeting", "首问问候", "使用标准问候语", ItemType.YES_NO, 10, 1,
                                false, FatalMode.NONE),
                        new ScorecardContent.Item("tone", "语气语调", null, ItemType.SCALE, 10, 5, false,
                                FatalMode.NONE))),
                new ScorecardContent.Section("业务处理", 60, List.of(
                        new ScorecardContent.Item("answer", "答复准确", null, ItemType.POINTS, 20, 10, true,
                                FatalMode.NONE),
                        new ScorecardContent.Item("identity", "核实身份", null, ItemType.YES_NO, 0, 1, false,
                                FatalMode.FAIL)))));
    }

    public static List<ItemScore> fullMarks() {
        return List.of(new ItemScore("greeting", 1.0, false, null, null),
                new ItemScore("tone", 5.0, false, "语气亲切", 15_000L),
                new ItemScore("answer", 10.0, false, null, null),
                new ItemScore("identity", 1.0, false, null, null));
    }

    /** A handled contact of the agent in routing's record (as the router writes it when a call ends). */
    public UUID contact(Actor of, double talkSeconds, Instant endedAt) {
        return contact(of, talkSeconds, endedAt, "BILLING");
    }

    /** The same, in the queue {@code queueCode}. */
    public UUID contact(Actor of, double talkSeconds, Instant endedAt, String queueCode) {
        var id = UUID.randomUUID();
        var answered = endedAt.minusSeconds((long) talkSeconds);
        jdbc.sql("""
                        insert into routing.contact (id, channel, queue_id, queue_code, status, caller_number, priority,
                            arrived_at, waiting_since, routed_at, answered_at, ended_at, agent_id, outcome, offers,
                            wait_seconds, talk_seconds)
                        values (?, 'VOICE', 0, ?, 'ENDED', '13800138000', 0, ?, ?, ?, ?, ?, ?, 'HANDLED', 1, 5, ?)""")
                .params(id, queueCode, Timestamp.from(answered.minusSeconds(5)), Timestamp.from(answered.minusSeconds(5)),
                        Timestamp.from(answered), Timestamp.from(answered), Timestamp.from(endedAt), of.id(),
                        talkSeconds)
                .update();
        return id;
    }

    private static Actor person(Users users, String username, String name, Role... roles) {
        var user = SystemActor.call(() -> users.create(new NewUser(username, name, "Secret-pass-9", null, null,
                Set.of(roles))));
        return new Actor(user.id(), user.username(), user.displayName(), Set.of(roles));
    }

    public static <T> T as(Actor actor, Supplier<T> work) {
        return SystemActor.callAs(actor, work);
    }
}
