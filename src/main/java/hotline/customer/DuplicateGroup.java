package hotline.customer;

import java.util.List;

/** Archives that share a phone number, or a name and an address: candidates for one merge. */
public record DuplicateGroup(DuplicateReason reason, List<CustomerSummary> customers) {

    public DuplicateGroup {
        customers = List.copyOf(customers);
    }

    public List<Long> ids() {
        return customers.stream().map(CustomerSummary::id).toList();
    }
}
