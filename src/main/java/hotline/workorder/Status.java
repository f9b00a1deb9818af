package hotline.workorder;

/** Where a work order stands in the closed loop. */
public enum Status {
    /** 已受理: recorded by the agent, not yet dispatched. */
    ACCEPTED,
    /** 已派单: waiting for the department to sign off. */
    DISPATCHED,
    /** 已签收: the department took it. */
    SIGNED_OFF,
    /** 处理中: the department is working on it. */
    IN_PROGRESS,
    /** 已退单: the department sent it back as wrongly dispatched; to be dispatched again. */
    RETURNED,
    /** 已回复 / 待回访: answered; waiting for the callback to the customer. */
    REPLIED,
    /** 已回访: the customer confirmed the result; ready to archive. */
    CALLED_BACK,
    /** 已归档: the loop is closed; read-only. */
    ARCHIVED;

    public boolean open() {
        return this != ARCHIVED;
    }

    /** The department holds the order (its time limits run). */
    public boolean withDepartment() {
        return this == DISPATCHED || this == SIGNED_OFF || this == IN_PROGRESS;
    }
}
