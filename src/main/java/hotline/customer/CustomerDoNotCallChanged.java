package hotline.customer;

/** The customer withdrew (or gave back) consent to outbound calls; campaigns drop or restore them on call lists. */
public record CustomerDoNotCallChanged(long customerId, boolean doNotCall) {
}
