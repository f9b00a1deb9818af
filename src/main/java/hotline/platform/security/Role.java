package hotline.platform.security;

/**
 * What a person does in the center. A person may hold several roles; each module's facade checks them, and data
 * scopes (my team, my department, orders that concern me) narrow what a role sees.
 */
public enum Role {
    /** 坐席员: takes contacts, records and follows work orders. */
    AGENT,
    /** 组长 / 班长: leads a team, staffs shifts, watches queues. */
    TEAM_LEAD,
    /** 主管: runs the floor, approves, supervises. */
    SUPERVISOR,
    /** 质检员: scores contacts. */
    QA,
    /** 客服经理: targets, reports, complaints. */
    MANAGER,
    /** 系统管理员: users, configuration, audit. */
    ADMIN,
    /** Staff of a department that work orders are dispatched to (营销部, 运检部 …). */
    DEPARTMENT;

    public String authority() {
        return "ROLE_" + name();
    }
}
