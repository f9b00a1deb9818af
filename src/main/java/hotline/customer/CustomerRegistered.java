package hotline.customer;

/** A new archive was opened. */
public record CustomerRegistered(long customerId, String name, CustomerKind kind) {
}
