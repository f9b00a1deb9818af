package hotline.workorder;

/** What the callback (回访) found. */
public enum CallbackResult {
    /** The customer was reached and gave a verdict. */
    REACHED,
    /** Nobody answered, the number was wrong or busy: one attempt used. */
    UNREACHABLE
}
