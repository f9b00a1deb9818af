package hotline.incident.web;

/** Who may do what with incidents; the facades check the same rules. */
final class IncidentRoles {

    static final String LEADS = "hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER')";

    private IncidentRoles() {
    }
}
