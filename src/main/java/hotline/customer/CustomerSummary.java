package hotline.customer;

import java.util.List;

/**
 * A customer in one line: what an identification, a search row or a screen pop shows. Phone numbers are masked
 * (138****1234) when {@code phoneMasked} is true, i.e. for roles that need not see them (ADR 0020).
 */
public record CustomerSummary(long id, String name, CustomerKind kind, int vipLevel, boolean sensitive,
                              boolean doNotCall, List<String> phones, List<String> accountNumbers, String address,
                              List<String> tags, boolean phoneMasked) {

    public CustomerSummary {
        phones = List.copyOf(phones);
        accountNumbers = List.copyOf(accountNumbers);
        tags = List.copyOf(tags);
    }
}
