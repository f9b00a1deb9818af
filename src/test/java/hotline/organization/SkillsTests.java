package hotline.organization;

import hotline.HotlineWebTest;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.security.access.AccessDeniedException;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.Set;

import static hotline.organization.OrganizationFixtures.actor;
import static hotline.organization.OrganizationFixtures.as;
import static hotline.organization.OrganizationFixtures.asAdmin;
import static hotline.organization.OrganizationFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HotlineWebTest
@ExtendWith(PublishedEventsExtension.class)
class SkillsTests {

    @Autowired
    Skills skills;
    @Autowired
    Teams teams;
    @Autowired
    OrganizationFixtures fixtures;

    SkillView skill() {
        String code = unique("s");
        return asAdmin(() -> skills.create(new NewSkill(code, "技能 " + code, Channel.VOICE, null)));
    }

    @Test
    void setsAnAgentsSkillsAndPublishesTheCompleteSet(PublishedEvents events) {
        var billing = skill();
        var outage = skill();
        var agent = fixtures.person(Role.AGENT);
        var view = asAdmin(() -> skills.setSkills(agent.id(), Map.of(billing.code(), 4, outage.code(), 1), 0));
        assertThat(view.skills()).isEqualTo(Map.of(billing.code(), 4, outage.code(), 1));
        assertThat(view.skillsVersion()).isEqualTo(1);
        assertThat(skills.skillsOf(agent.id())).isEqualTo(Map.of(billing.code(), 4, outage.code(), 1));
        assertThat(events.ofType(AgentSkillsChanged.class).matching(e -> e.userId() == agent.id()))
                .singleElement().satisfies(e -> assertThat(e.proficiencyBySkillCode())
                        .isEqualTo(Map.of(billing.code(), 4, outage.code(), 1)));
    }

    @Test
    void unchangedSkillsPublishNothing(PublishedEvents events) {
        var skill = skill();
        var agent = fixtures.person(Role.AGENT);
        asAdmin(() -> skills.setSkills(agent.id(), Map.of(skill.code(), 3)));
        var again = asAdmin(() -> skills.setSkills(agent.id(), Map.of(skill.code(), 3)));
        assertThat(again.skillsVersion()).isEqualTo(1);
        assertThat(events.ofType(AgentSkillsChanged.class).matching(e -> e.userId() == agent.id())).hasSize(1);
    }

    @Test
    void proficiencyIsFromOneToFiveAndSkillsMustExist() {
        var skill = skill();
        var agent = fixtures.person(Role.AGENT);
        for (int level : new int[]{0, 6, -1}) {
            assertThatThrownBy(() -> asAdmin(() -> skills.setSkills(agent.id(), Map.of(skill.code(), level))))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                            .extracting(InvalidInputException.Violation::field).containsExactly("skills." + skill.code()));
        }
        assertThatThrownBy(() -> asAdmin(() -> skills.setSkills(agent.id(), Map.of("no-such-skill", 3))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no-such-skill");
        assertThat(skills.skillsOf(agent.id())).isEmpty();
    }

    @Test
    void refusesSkillsEditedOnAStaleVersion() {
        var skill = skill();
        var agent = fixtures.person(Role.AGENT);
        asAdmin(() -> skills.setSkills(agent.id(), Map.of(skill.code(), 2), 0));
        assertThatThrownBy(() -> asAdmin(() -> skills.setSkills(agent.id(), Map.of(skill.code(), 5), 0)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("version");
        assertThat(skills.skillsOf(agent.id())).containsEntry(skill.code(), 2);
    }

    @Test
    void aLeadSetsTheSkillsOfTheirOwnAgentsOnly() {
        var skill = skill();
        var lead = fixtures.person(Role.TEAM_LEAD);
        var mine = fixtures.person(Role.AGENT);
        var other = fixtures.person(Role.AGENT);
        asAdmin(() -> teams.create(new NewTeam(unique("组"), lead.id(), Set.of(mine.id()))));
        as(actor(lead), () -> skills.setSkills(mine.id(), Map.of(skill.code(), 3)));
        assertThat(skills.skillsOf(mine.id())).containsEntry(skill.code(), 3);
        assertThatThrownBy(() -> as(actor(lead), () -> skills.setSkills(other.id(), Map.of(skill.code(), 3))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(actor(Role.AGENT), () -> skills.setSkills(mine.id(), Map.of())))
                .isInstanceOf(AccessDeniedException.class);
        as(actor(Role.SUPERVISOR), () -> skills.setSkills(other.id(), Map.of(skill.code(), 1)));
        assertThat(skills.skillsOf(other.id())).containsEntry(skill.code(), 1);
    }

    @Test
    void listsAgentsWithTeamAndSkills() {
        var skill = skill();
        var agent = fixtures.person(Role.AGENT);
        var team = asAdmin(() -> teams.create(new NewTeam(unique("组"), null, Set.of(agent.id()))));
        asAdmin(() -> skills.setSkills(agent.id(), Map.of(skill.code(), 5)));
        var listed = as(actor(Role.AGENT), () -> skills.agents());
        assertThat(listed).filteredOn(a -> a.userId() == agent.id()).singleElement().satisfies(a -> {
            assertThat(a.teamId()).isEqualTo(team.id());
            assertThat(a.proficiency(skill.code())).isEqualTo(5);
            assertThat(a.username()).isEqualTo(agent.username());
        });
        assertThat(listed).noneMatch(a -> a.userId() == fixtures.person(Role.TEAM_LEAD).id());
    }

    @Test
    void skillCodesAreUniqueAndEditsAreVersioned() {
        var skill = skill();
        assertThatThrownBy(() -> asAdmin(() -> skills.create(new NewSkill(skill.code(), "x" + skill.code(), Channel.CHAT, null))))
                .isInstanceOf(ConflictException.class);
        var changed = asAdmin(() -> skills.update(skill.id(), new SkillChange(skill.name() + "2", Channel.CHAT, "d",
                skill.version())));
        assertThat(changed.channel()).isEqualTo(Channel.CHAT);
        assertThatThrownBy(() -> asAdmin(() -> skills.update(skill.id(), new SkillChange(skill.name() + "3",
                Channel.CHAT, null, skill.version())))).isInstanceOf(ConflictException.class);
    }
}
