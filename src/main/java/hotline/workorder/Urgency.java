package hotline.workorder;

/** 紧急程度: ordering of work; emergencies also shorten time limits where the policy says so. */
public enum Urgency {
    NORMAL, URGENT, EMERGENCY
}
