package hotline.workorder;

/** How an archived order ended. */
public enum Outcome {
    /** Callback done, the customer is satisfied (or no callback is required for the type). */
    RESOLVED,
    /** Resolved by the agent during the contact (当场办结) and archived without a callback. */
    RESOLVED_ON_SPOT,
    /** The customer could not be reached after the configured number of callback attempts. */
    CALLBACK_UNREACHABLE,
    /** Merged into another order for the same problem. */
    MERGED
}
