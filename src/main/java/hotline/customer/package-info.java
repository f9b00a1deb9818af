/**
 * The customer archive (客户档案): who the customers are and how to reach them — contact points, service accounts
 * (户号), addresses, tags, the sensitive-customer flag, consent and do-not-call — with search, identification of a
 * caller by number, merge of duplicates and the timeline of every contact and work order.
 *
 * <p>Other modules call {@link hotline.customer.Customers}; process modules put entries on a customer's timeline by
 * publishing {@link hotline.customer.CustomerInteraction} (ADR 0021). Publishes
 * {@link hotline.customer.CustomerRegistered}, {@link hotline.customer.CustomersMerged},
 * {@link hotline.customer.CustomerSensitivityChanged} and {@link hotline.customer.CustomerDoNotCallChanged}. Phone
 * numbers and other contact values reach only the roles that handle customers in full (ADR 0020).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer")
package hotline.customer;
