package hotline.workorder;

/** The customer's verdict at the callback (回访满意度). */
public enum Satisfaction {
    VERY_SATISFIED, SATISFIED, NEUTRAL, DISSATISFIED;

    public boolean satisfied() {
        return this != DISSATISFIED;
    }
}
