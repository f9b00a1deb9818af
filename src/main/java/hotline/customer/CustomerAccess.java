package hotline.customer;

/**
 * Who may do what with the archive (ADR 0020), as the rules of {@code @PreAuthorize} on the facade and the
 * controllers. Reading is open to every role, with contact values masked for those who do not handle customers;
 * changing the archive is for the people who talk to customers; the sensitive mark is a lead's decision; merging is
 * data stewardship for leads and supervisors; bulk export is for leads and management.
 */
public final class CustomerAccess {

    public static final String READ =
            "hasAnyRole('AGENT','TEAM_LEAD','SUPERVISOR','QA','MANAGER','ADMIN','DEPARTMENT')";
    public static final String EDIT = "hasAnyRole('AGENT','TEAM_LEAD','SUPERVISOR')";
    public static final String FLAG_SENSITIVE = "hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER')";
    public static final String MERGE = "hasAnyRole('TEAM_LEAD','SUPERVISOR')";
    public static final String EXPORT = "hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')";

    private CustomerAccess() {
    }
}
