package hotline.customer;

/** The tariff class of a service account (户号): 居民, 非居民 (工商业), 农业生产. */
public enum AccountType {
    RESIDENTIAL, NON_RESIDENTIAL, AGRICULTURAL
}
