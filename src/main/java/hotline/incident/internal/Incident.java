package hotline.incident.internal;

import hotline.incident.IncidentArea;
import hotline.incident.IncidentDeclaration;
import hotline.incident.IncidentStatus;
import hotline.incident.IncidentStatus.Action;
import hotline.incident.IncidentType;
import hotline.platform.ConflictException;
import hotline.platform.security.Actor;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An incident and its area: the aggregate root. Its links and report are rows of their own (they only grow). */
@Table(schema = "incident", name = "incident")
class Incident {

    enum AreaKind { ADDRESS_PREFIX, DISTRICT, ACCOUNT }

    @Table(schema = "incident", name = "incident_area")
    record AreaEntry(AreaKind kind, String value) {
    }

    @Id
    Long id;
    String title;
    IncidentType type;
    IncidentStatus status;
    String wording;
    Instant startedAt;
    Instant expectedEndAt;
    Instant declaredAt;
    String declaredBy;
    Instant updatedAt;
    String updatedBy;
    Instant closedAt;
    String closedBy;
    String resolution;
    Integer contacts;
    Integer workOrders;
    @Version
    Long version;
    @MappedCollection(idColumn = "incident")
    Set<AreaEntry> area = new HashSet<>();

    static Incident declare(IncidentDeclaration declaration, Actor actor, Instant now) {
        var incident = new Incident();
        incident.status = IncidentStatus.ACTIVE;
        incident.declaredAt = now;
        incident.declaredBy = actor.username();
        incident.fill(declaration, actor, now);
        return incident;
    }

    void update(IncidentDeclaration declaration, Actor actor, Instant now) {
        move(Action.UPDATE);
        fill(declaration, actor, now);
    }

    void close(String resolution, int contacts, int workOrders, Actor actor, Instant now) {
        move(Action.CLOSE);
        this.resolution = resolution.strip();
        this.contacts = contacts;
        this.workOrders = workOrders;
        this.closedAt = now;
        this.closedBy = actor.username();
        this.updatedAt = now;
        this.updatedBy = actor.username();
    }

    void assertCanLink() {
        if (!status.allows(Action.LINK)) {
            throw ConflictException.illegalTransition("incident", id, status, Action.LINK.verb());
        }
    }

    private void move(Action action) {
        status = status.after(action)
                .orElseThrow(() -> ConflictException.illegalTransition("incident", id, status, action.verb()));
    }

    private void fill(IncidentDeclaration declaration, Actor actor, Instant now) {
        title = declaration.title().strip();
        type = declaration.type();
        wording = declaration.wording().strip();
        startedAt = declaration.startedAt();
        expectedEndAt = declaration.expectedEndAt();
        updatedAt = now;
        updatedBy = actor.username();
        area.clear();
        var given = declaration.area();
        given.addressPrefixes().forEach(v -> area.add(new AreaEntry(AreaKind.ADDRESS_PREFIX, v)));
        given.districts().forEach(v -> area.add(new AreaEntry(AreaKind.DISTRICT, v)));
        given.accountNumbers().forEach(v -> area.add(new AreaEntry(AreaKind.ACCOUNT, v)));
    }

    IncidentArea area() {
        return new IncidentArea(values(AreaKind.ADDRESS_PREFIX), values(AreaKind.DISTRICT), values(AreaKind.ACCOUNT));
    }

    private List<String> values(AreaKind kind) {
        return area.stream().filter(e -> e.kind() == kind).map(AreaEntry::value).sorted().toList();
    }

    long version() {
        return version == null ? 0 : version;
    }

    boolean activeAt(Instant now) {
        return status == IncidentStatus.ACTIVE && !startedAt.isAfter(now);
    }

    AuditState auditState() {
        return new AuditState(title, type, status, area(), wording, startedAt, expectedEndAt);
    }

    record AuditState(String title, IncidentType type, IncidentStatus status, IncidentArea area, String wording,
                      Instant startedAt, Instant expectedEndAt) {
    }
}
