package hotline.knowledge.web;

/** Who may do what in the knowledge base; the facades check the same rules. */
final class KnowledgeRoles {

    static final String EDITORS = "hasAnyRole('TEAM_LEAD','SUPERVISOR','QA','MANAGER','ADMIN')";
    static final String APPROVERS = "hasAnyRole('SUPERVISOR','MANAGER','QA')";
    static final String ADMINS = "hasAnyRole('SUPERVISOR','MANAGER','ADMIN')";

    private KnowledgeRoles() {
    }
}
