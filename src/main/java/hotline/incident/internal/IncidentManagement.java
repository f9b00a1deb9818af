package hotline.incident.internal;

import hotline.audit.AuditLog;
import hotline.incident.ActiveIncident;
import hotline.incident.IncidentClosed;
import hotline.incident.IncidentDeclaration;
import hotline.incident.IncidentDeclared;
import hotline.incident.IncidentStatus;
import hotline.incident.IncidentSummary;
import hotline.incident.IncidentView;
import hotline.incident.Incidents;
import hotline.incident.UpwardReport;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Service
@Transactional
@Validated
class IncidentManagement implements Incidents {

    static final String LEADS = "hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER')";

    private final IncidentRepository incidents;
    private final JdbcClient jdbc;
    private final UpwardReports reports;
    private final LeadAlerts notifications;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncidentManagement(IncidentRepository incidents, JdbcClient jdbc, UpwardReports reports,
                       LeadAlerts notifications, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.incidents = incidents;
        this.jdbc = jdbc;
        this.reports = reports;
        this.notifications = notifications;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(LEADS)
    public IncidentView declare(IncidentDeclaration declaration) {
        check(declaration);
        var incident = incidents.save(Incident.declare(declaration, CurrentUser.actor(), clock.instant()));
        audit.record("incident", incident.id, "declare", "declared incident " + incident.title, null,
                incident.auditState());
        notifications.notifyLeads("INCIDENT", incident.title, "/incidents/" + incident.id);
        events.publishEvent(new IncidentDeclared(incident.id, incident.title, incident.type, incident.area(),
                incident.wording, incident.startedAt, incident.expectedEndAt));
        return view(incident);
    }

    @Override
    @PreAuthorize(LEADS)
    public IncidentView declareFrom(long hotIssueId, IncidentDeclaration declaration) {
        var issue = jdbc.sql("select count, expected, incident_id from incident.hot_issue where id = ? for update")
                .param(hotIssueId)
                .query((rs, n) -> new HotIssueBasis(rs.getInt("count"), rs.getDouble("expected"),
                        (Long) rs.getObject("incident_id")))
                .optional().orElseThrow(() -> new NotFoundException("hot issue", hotIssueId));
        if (issue.incidentId() != null) {
            throw new ConflictException("hot-issue-declared", "incident " + issue.incidentId()
                    + " was already declared from hot issue " + hotIssueId,
                    Map.of("resource", "hot issue", "id", hotIssueId, "incidentId", issue.incidentId()));
        }
        var declared = declare(declaration);
        jdbc.sql("update incident.hot_issue set incident_id = ? where id = ?").params(declared.id(), hotIssueId).update();
        audit.record("incident", declared.id(), "declare-from-hot-issue", "declared incident " + declared.title()
                + " from hot issue " + hotIssueId + ": " + issue.count() + " contacts against an expected "
                + String.format(java.util.Locale.ROOT, "%.1f", issue.expected()), null, null);
        return declared;
    }

    private record HotIssueBasis(int count, double expected, Long incidentId) {
    }

    @Override
    @PreAuthorize(LEADS)
    public IncidentView update(long id, IncidentDeclaration declaration) {
        var incident = load(id, declaration.version());
        check(declaration);
        var before = incident.auditState();
        incident.update(declaration, CurrentUser.actor(), clock.instant());
        incident = incidents.save(incident);
        audit.record("incident", id, "update", "changed incident " + incident.title, before, incident.auditState());
        return view(incident);
    }

    @Override
    @PreAuthorize(LEADS)
    public IncidentView close(long id, Closing closing) {
        var incident = load(id, closing.version());
        var before = incident.auditState();
        var actor = CurrentUser.actor();
        Instant now = clock.instant();
        incident.close(closing.resolution(), count(id, LinkKind.CONTACT), count(id, LinkKind.WORK_ORDER), actor, now);
        incident = incidents.save(incident);
        var summary = summary(incident);
        reports.record(incident, summary, closing.reportTo().strip(), actor, now);
        audit.record("incident", id, "close", "closed incident " + incident.title + ": " + summary.contacts()
                + " contacts, " + summary.workOrders() + " work orders, " + summary.durationMinutes() + " min",
                before, incident.auditState());
        events.publishEvent(new IncidentClosed(id, incident.title, incident.type, summary.contacts(),
                summary.workOrders(), summary.durationMinutes()));
        return view(incident);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public IncidentView get(long id) {
        return view(incidents.findById(id).orElseThrow(() -> new NotFoundException("incident", id)));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<IncidentView> list(boolean activeOnly) {
        return (activeOnly ? incidents.findActive() : incidents.findRecent()).stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<ActiveIncident> activeFor(String address, String accountNumber) {
        Instant now = clock.instant();
        return incidents.findActive().stream()
                .filter(incident -> incident.activeAt(now) && incident.area().covers(address, accountNumber))
                .findFirst()
                .map(IncidentManagement::active);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ActiveIncident> active() {
        Instant now = clock.instant();
        return incidents.findActive().stream().filter(i -> i.activeAt(now)).map(IncidentManagement::active).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<String> announcementFor(String address, String accountNumber) {
        return activeFor(address, accountNumber).map(ActiveIncident::wording);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void linkContact(long incidentId, String contactReference) {
        link(incidentId, LinkKind.CONTACT, contactReference);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void linkWorkOrder(long incidentId, String workOrderReference) {
        link(incidentId, LinkKind.WORK_ORDER, workOrderReference);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public Optional<ActiveIncident> attachContact(String contactReference, String address, String accountNumber) {
        var incident = activeFor(address, accountNumber);
        incident.ifPresent(i -> link(i.id(), LinkKind.CONTACT, contactReference));
        return incident;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public Optional<ActiveIncident> attachWorkOrder(String workOrderReference, String address, String accountNumber) {
        var incident = activeFor(address, accountNumber);
        incident.ifPresent(i -> link(i.id(), LinkKind.WORK_ORDER, workOrderReference));
        return incident;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> links(long incidentId, LinkKind kind) {
        get(incidentId);
        return jdbc.sql("""
                        select reference from incident.incident_link where incident_id = ? and kind = ?
                        order by linked_at, reference limit 1000""")
                .params(incidentId, kind.name()).query(String.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<UpwardReport> report(long incidentId) {
        get(incidentId);
        return reports.find(incidentId);
    }

    private void link(long incidentId, LinkKind kind, String reference) {
        if (reference == null || reference.isBlank() || reference.length() > 100) {
            throw InvalidInputException.of("reference", "NotBlank", "a reference of 1 to 100 characters is required");
        }
        var incident = incidents.findById(incidentId).orElseThrow(() -> new NotFoundException("incident", incidentId));
        incident.assertCanLink();
        jdbc.sql("""
                        insert into incident.incident_link (incident_id, kind, reference, linked_at) values (?, ?, ?, ?)
                        on conflict do nothing""")
                .params(incidentId, kind.name(), reference.strip(), clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    private int count(long incidentId, LinkKind kind) {
        return jdbc.sql("select count(*) from incident.incident_link where incident_id = ? and kind = ?")
                .params(incidentId, kind.name()).query(Integer.class).single();
    }

    private Incident load(long id, Long version) {
        var incident = incidents.findById(id).orElseThrow(() -> new NotFoundException("incident", id));
        if (version == null) {
            throw InvalidInputException.of("version", "NotNull", "the version you read is required");
        }
        if (incident.version() != version) {
            throw ConflictException.staleVersion("incident", id, version, incident.version());
        }
        return incident;
    }

    private void check(IncidentDeclaration declaration) {
        var violations = new ArrayList<InvalidInputException.Violation>();
        if (declaration.area().isEmpty()) {
            violations.add(new InvalidInputException.Violation("area", "NotEmpty",
                    "name at least one address prefix, district or account number"));
        }
        if (declaration.expectedEndAt() != null && !declaration.expectedEndAt().isAfter(declaration.startedAt())) {
            violations.add(new InvalidInputException.Violation("expectedEndAt", "AfterStart",
                    "must be after the start"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private IncidentSummary summary(Incident incident) {
        if (incident.status != IncidentStatus.CLOSED) {
            return null;
        }
        Instant start = incident.startedAt.isBefore(incident.closedAt) ? incident.startedAt : incident.closedAt;
        return new IncidentSummary(incident.contacts, incident.workOrders, Duration.between(start, incident.closedAt),
                incident.closedAt, incident.closedBy, incident.resolution);
    }

    private IncidentView view(Incident i) {
        boolean closed = i.status == IncidentStatus.CLOSED;
        return new IncidentView(i.id, i.title, i.type, i.status, i.area(), i.wording, i.startedAt, i.expectedEndAt,
                i.declaredAt, i.declaredBy, i.updatedAt, i.updatedBy,
                closed ? i.contacts : count(i.id, LinkKind.CONTACT),
                closed ? i.workOrders : count(i.id, LinkKind.WORK_ORDER), summary(i), i.version());
    }

    private static ActiveIncident active(Incident i) {
        return new ActiveIncident(i.id, i.title, i.type, i.wording, i.startedAt, i.expectedEndAt);
    }
}
