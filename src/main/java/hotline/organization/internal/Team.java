package hotline.organization.internal;

import hotline.organization.TeamView;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A team (班组): the aggregate of its lead and members; the members' unique index keeps an agent in one team. */
@Table(schema = "organization", name = "team")
class Team {

    @Id
    Long id;
    String name;
    Long leadUserId;
    Instant createdAt;
    Instant updatedAt;
    @Version
    Long version;
    @MappedCollection(idColumn = "team")
    Set<Member> members = new HashSet<>();

    @Table(schema = "organization", name = "team_member")
    record Member(long userId) {
    }

    static Team form(String name, Long leadUserId, Set<Long> memberIds, Instant now) {
        var team = new Team();
        team.name = name.strip();
        team.leadUserId = leadUserId;
        team.createdAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        team.updatedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        team.setMembers(memberIds);
        return team;
    }

    void rename(String name, Long leadUserId, Instant now) {
        this.name = name.strip();
        this.leadUserId = leadUserId;
        this.updatedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    void setMembers(Set<Long> userIds) {
        members.clear();
        userIds.forEach(id -> members.add(new Member(id)));
    }

    void add(long userId, Instant now) {
        members.add(new Member(userId));
        updatedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    void remove(long userId, Instant now) {
        members.remove(new Member(userId));
        updatedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    Set<Long> memberIds() {
        return members.stream().map(Member::userId).collect(Collectors.toSet());
    }

    boolean ledBy(long userId) {
        return leadUserId != null && leadUserId == userId;
    }

    long version() {
        return version == null ? 0 : version;
    }

    TeamView view() {
        return new TeamView(id, name, leadUserId, memberIds().stream().sorted().toList(), createdAt, updatedAt,
                version());
    }
}
