package hotline.customer;

/** A customer was marked sensitive (敏感客户) or the mark was cleared; work orders may raise their supervision. */
public record CustomerSensitivityChanged(long customerId, boolean sensitive, String reason) {
}
