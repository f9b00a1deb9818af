package hotline.organization.internal;

import hotline.audit.AuditLog;
import hotline.identity.UserDeactivated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;

/**
 * A disabled account holds no place in the organization: it leaves its team and its department, and the teams it
 * led have no lead until an administrator names one. Its skills stay, for the day the account is enabled again.
 */
@Component
class DeactivatedUserRelease {

    private final TeamRepository teams;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    DeactivatedUserRelease(TeamRepository teams, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.teams = teams;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(UserDeactivated event) {
        var now = clock.instant();
        long userId = event.userId();
        // Two accounts of one team disabled together release the same team in parallel: lock its row first so the
        // second waits and reads the first one's result instead of failing on the version check.
        jdbc.sql("""
                select id from organization.team
                 where lead_user_id = :user
                    or id in (select team from organization.team_member where user_id = :user)
                 order by id for update""").param("user", userId).query(Long.class).list();
        teams.findByMember(userId).ifPresent(team -> {
            var before = team.view();
            team.remove(userId, now);
            audit.record("team", team.id, "remove-member", event.username() + " was disabled and left team " + team.name,
                    before, teams.save(team).view());
        });
        for (var team : teams.findByLeadUserId(userId)) {
            var before = team.view();
            team.rename(team.name, null, now);
            audit.record("team", team.id, "update", event.username() + " was disabled: team " + team.name
                    + " has no lead", before, teams.save(team).view());
        }
        jdbc.sql("delete from organization.department_staff where user_id = ? returning department_id")
                .param(userId).query(Long.class).optional().ifPresent(departmentId ->
                        audit.record("department", departmentId, "remove-staff", event.username()
                                + " was disabled and left the department", Map.of("userId", userId,
                                "departmentId", departmentId), null));
    }
}
