package hotline.workforce.internal;

/** Who may do what in workforce: leads and above manage, agents see their own schedule and ask for changes. */
public final class Access {

    public static final String MANAGE = "hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')";
    public static final String AGENT = "hasRole('AGENT')";
    public static final String ANY_STAFF = "hasAnyRole('AGENT','TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')";

    private Access() {
    }
}
