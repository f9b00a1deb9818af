package hotline.incident;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Optional;

/**
 * The incident facade. Leads (team leads, supervisors, managers) declare, edit and close; every signed-in person and
 * system reads. Work orders, contacts and the IVR call it, never the other way round (ADR 0053):
 * {@link #activeFor} answers the screen pop, {@link #announcementFor} is the IVR hook, and {@link #attachContact} /
 * {@link #attachWorkOrder} link a new contact or order to the incident covering its caller.
 */
public interface Incidents {

    IncidentView declare(@Valid IncidentDeclaration declaration);

    /**
     * Declares an incident from a hot issue and links the two, in one transaction; 409 {@code hot-issue-declared} when
     * an incident was already declared from it.
     */
    IncidentView declareFrom(long hotIssueId, @Valid IncidentDeclaration declaration);

    /** Edits an active incident on the version read; 409 when closed or stale. */
    IncidentView update(long id, @Valid IncidentDeclaration declaration);

    /** Closes it, computes the summary and records the upward report. */
    IncidentView close(long id, @Valid Closing closing);

    IncidentView get(long id);

    /** Active incidents first, then the most recently closed. */
    List<IncidentView> list(boolean activeOnly);

    /** The active incident (started, not closed) that covers a caller at this address or account, newest first. */
    Optional<ActiveIncident> activeFor(String address, String accountNumber);

    /** Every active incident, for the agents' banner. */
    List<ActiveIncident> active();

    /** The IVR hook: the wording to announce to a caller from the area, if any. */
    Optional<String> announcementFor(String address, String accountNumber);

    /** Links a contact (call, chat) to an incident; idempotent. */
    void linkContact(long incidentId, String contactReference);

    /** Links a work order to an incident; idempotent. */
    void linkWorkOrder(long incidentId, String workOrderReference);

    /** Links a new contact to the active incident covering its caller, if there is one. */
    Optional<ActiveIncident> attachContact(String contactReference, String address, String accountNumber);

    /** Links a new work order to the active incident covering its caller, if there is one. */
    Optional<ActiveIncident> attachWorkOrder(String workOrderReference, String address, String accountNumber);

    List<String> links(long incidentId, LinkKind kind);

    Optional<UpwardReport> report(long incidentId);

    enum LinkKind { CONTACT, WORK_ORDER }

    /** Closing an incident: what resolved it, and to whom the upward report goes (e.g. 省公司客服中心). */
    record Closing(@NotBlank @Size(max = 1000) String resolution, @NotBlank @Size(max = 100) String reportTo,
                   Long version) {
    }
}
