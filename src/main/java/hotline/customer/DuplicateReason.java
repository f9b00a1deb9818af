package hotline.customer;

/**
 * Why two archives may be the same customer. Account numbers are unique, so two archives never share one: the
 * duplicate is refused when it is entered, naming the archive that holds it.
 */
public enum DuplicateReason {
    SAME_PHONE, SAME_NAME_AND_ADDRESS
}
