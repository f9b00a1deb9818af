package hotline.incident.web;

/** Who may do what with incidents; the facades check the same rules. */
final class IncidentRoles {

    static final String LEADS = "hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER')";

    /** Who may flag a work order as a possible hot issue: the agents who take the calls, and the leads. */
    static final String REPORTERS = "hasAnyRole('AGENT','TEAM_LEAD','SUPERVISOR','MANAGER')";

    private IncidentRoles() {
    }
}
