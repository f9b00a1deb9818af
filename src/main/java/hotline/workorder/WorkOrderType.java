package hotline.workorder;

/** The kinds of request a hotline records; each has its own categories, time limits and callback rule. */
public enum WorkOrderType {
    /** 咨询 */
    CONSULTATION,
    /** 投诉 */
    COMPLAINT,
    /** 建议 */
    SUGGESTION,
    /** 表扬 */
    PRAISE,
    /** 报修 / 故障报修 */
    REPAIR,
    /** 求助 (emergency) */
    HELP,
    /** 查询 */
    QUERY,
    /** 业务办理 / 服务申请 */
    SERVICE_REQUEST
}
