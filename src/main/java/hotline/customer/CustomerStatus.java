package hotline.customer;

/** An archive is active until it is merged into another one; a merged archive is read-only and points to the survivor. */
public enum CustomerStatus {
    ACTIVE, MERGED
}
