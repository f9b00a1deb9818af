package hotline.organization.internal;

import hotline.audit.AuditLog;
import hotline.identity.UserQuery;
import hotline.identity.UserView;
import hotline.identity.Users;
import hotline.organization.AgentSkillsChanged;
import hotline.organization.AgentView;
import hotline.organization.NewSkill;
import hotline.organization.SkillChange;
import hotline.organization.SkillView;
import hotline.organization.Skills;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@Service
@Transactional
@Validated
class SkillManagement implements Skills {

    private final SkillRepository skills;
    private final TeamRepository teams;
    private final JdbcClient jdbc;
    private final Users users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SkillManagement(SkillRepository skills, TeamRepository teams, JdbcClient jdbc, Users users, AuditLog audit,
                    ApplicationEventPublisher events, Clock clock) {
        this.skills = skills;
        this.teams = teams;
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SkillView> list() {
        return skills.findAll().stream().map(Skill::view).sorted(Comparator.comparing(SkillView::code)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public SkillView get(long id) {
        return load(id).view();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public SkillView create(NewSkill skill) {
        String code = skill.code().strip().toLowerCase();
        if (skills.findByCode(code).isPresent()) {
            throw ConflictException.duplicate("skill", "code", code);
        }
        requireUniqueName(skill.name(), null);
        var created = skills.save(Skill.define(code, skill.name(), skill.channel(), skill.description(),
                clock.instant())).view();
        audit.record("skill", created.id(), "create", "created skill " + code, null, created);
        return created;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public SkillView update(long id, SkillChange change) {
        var skill = load(id);
        if (skill.version() != change.version()) {
            throw ConflictException.staleVersion("skill", id, change.version(), skill.version());
        }
        requireUniqueName(change.name(), id);
        var before = skill.view();
        skill.change(change.name(), change.channel(), change.description(), clock.instant());
        var after = skills.save(skill).view();
        audit.record("skill", id, "update", "changed skill " + after.code(), before, after);
        return after;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Integer> skillsOf(long userId) {
        var result = new TreeMap<String, Integer>();
        jdbc.sql("""
                        select s.code, a.proficiency from organization.agent_skill a
                        join organization.skill s on s.id = a.skill_id where a.user_id = ?""")
                .param(userId)
                .query(rs -> {
                    result.put(rs.getString("code"), rs.getInt("proficiency"));
                });
        return result;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'TEAM_LEAD')")
    public AgentView setSkills(long userId, Map<String, Integer> proficiencyBySkillCode) {
        return setSkills(userId, proficiencyBySkillCode, skillsVersion(userId));
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'TEAM_LEAD')")
    public AgentView setSkills(long userId, Map<String, Integer> proficiencyBySkillCode, long version) {
        var user = users.find(userId).orElseThrow(() -> new NotFoundException("agent", userId));
        if (!user.has(Role.AGENT)) {
            throw InvalidInputException.of("userId", "Role", user.username() + " does not have the AGENT role");
        }
        requireMayEditSkillsOf(userId);
        var wanted = checked(proficiencyBySkillCode);
        long current = skillsVersion(userId);
        if (current != version) {
            throw ConflictException.staleVersion("agent skills", userId, version, current);
        }
        var before = skillsOf(userId);
        if (before.equals(wanted)) {
            return view(user);
        }
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        int claimed = current == 0
                ? jdbc.sql("""
                        insert into organization.agent_skill_set (user_id, updated_at, version) values (?, ?, 1)
                        on conflict do nothing""").params(userId, now).update()
                : jdbc.sql("""
                        update organization.agent_skill_set set version = version + 1, updated_at = ?
                        where user_id = ? and version = ?""").params(now, userId, current).update();
        if (claimed == 0) {
            throw ConflictException.staleVersion("agent skills", userId, version, skillsVersion(userId));
        }
        jdbc.sql("delete from organization.agent_skill where user_id = ?").param(userId).update();
        wanted.forEach((code, proficiency) -> jdbc.sql("""
                        insert into organization.agent_skill (user_id, skill_id, proficiency)
                        select ?, id, ? from organization.skill where code = ?""")
                .params(userId, proficiency, code).update());
        audit.record("agent-skills", userId, "set-skills", "set the skills of " + user.username(), before, wanted);
        events.publishEvent(new AgentSkillsChanged(userId, wanted));
        return view(user);
    }

    @Override
    @Transactional(readOnly = true)
    public AgentView agent(long userId) {
        var user = users.find(userId).filter(u -> u.has(Role.AGENT))
                .orElseThrow(() -> new NotFoundException("agent", userId));
        return view(user);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AgentView> agents() {
        var teamOf = new HashMap<Long, Long>();
        jdbc.sql("select user_id, team from organization.team_member")
                .query(rs -> {
                    teamOf.put(rs.getLong("user_id"), rs.getLong("team"));
                });
        var skillsOf = new HashMap<Long, Map<String, Integer>>();
        jdbc.sql("""
                        select a.user_id, s.code, a.proficiency from organization.agent_skill a
                        join organization.skill s on s.id = a.skill_id""")
                .query(rs -> {
                    skillsOf.computeIfAbsent(rs.getLong("user_id"), k -> new TreeMap<>())
                            .put(rs.getString("code"), rs.getInt("proficiency"));
                });
        var versions = new HashMap<Long, Long>();
        jdbc.sql("select user_id, version from organization.agent_skill_set")
                .query(rs -> {
                    versions.put(rs.getLong("user_id"), rs.getLong("version"));
                });
        return users.list(new UserQuery(null, Role.AGENT, true)).stream()
                .map(u -> new AgentView(u.id(), u.username(), u.displayName(), teamOf.get(u.id()),
                        skillsOf.getOrDefault(u.id(), Map.of()), versions.getOrDefault(u.id(), 0L)))
                .toList();
    }

    /** Supervisors and administrators edit anyone's skills; a lead those of the agents in the teams they lead. */
    private void requireMayEditSkillsOf(long userId) {
        if (Access.hasAny(Role.ADMIN, Role.SUPERVISOR)) {
            return;
        }
        var team = teams.findByMember(userId);
        if (Access.has(Role.TEAM_LEAD) && team.isPresent() && team.get().ledBy(Access.actorId())) {
            return;
        }
        throw Access.denied("a team lead may change the skills of the agents in their own team only");
    }

    private Map<String, Integer> checked(Map<String, Integer> proficiencies) {
        var known = new HashMap<String, Skill>();
        skills.findAll().forEach(s -> known.put(s.code, s));
        var violations = new ArrayList<InvalidInputException.Violation>();
        var result = new TreeMap<String, Integer>();
        (proficiencies == null ? Map.<String, Integer>of() : proficiencies).forEach((code, level) -> {
            String field = "skills." + code;
            if (code == null || !known.containsKey(code)) {
                violations.add(new InvalidInputException.Violation(field, "Exists", "there is no skill '" + code + "'"));
            } else if (level == null || level < MIN_PROFICIENCY || level > MAX_PROFICIENCY) {
                violations.add(new InvalidInputException.Violation(field, "Range",
                        "proficiency must be from " + MIN_PROFICIENCY + " to " + MAX_PROFICIENCY));
            } else {
                result.put(code, level);
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return result;
    }

    private long skillsVersion(long userId) {
        return jdbc.sql("select version from organization.agent_skill_set where user_id = ?")
                .param(userId).query(Long.class).optional().orElse(0L);
    }

    private AgentView view(UserView user) {
        var team = teams.findByMember(user.id()).map(t -> t.id).orElse(null);
        return new AgentView(user.id(), user.username(), user.displayName(), team, skillsOf(user.id()),
                skillsVersion(user.id()));
    }

    private void requireUniqueName(String name, Long self) {
        skills.findByName(name.strip()).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw ConflictException.duplicate("skill", "name", name.strip());
        });
    }

    private Skill load(long id) {
        return skills.findById(id).orElseThrow(() -> new NotFoundException("skill", id));
    }
}
