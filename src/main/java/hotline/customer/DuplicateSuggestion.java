package hotline.customer;

import java.util.Set;

/** Another archive that may be the same customer, and why. */
public record DuplicateSuggestion(CustomerSummary customer, Set<DuplicateReason> reasons) {

    public DuplicateSuggestion {
        reasons = Set.copyOf(reasons);
    }
}
