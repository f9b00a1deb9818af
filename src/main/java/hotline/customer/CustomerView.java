package hotline.customer;

import java.time.Instant;
import java.util.List;

/**
 * A customer's whole archive as the console and the API show it. Contact values are masked when
 * {@code phoneMasked} is true (ADR 0020); a merged archive names its survivor in {@code mergedInto}.
 */
public record CustomerView(long id, String name, CustomerKind kind, Gender gender, String notes, int vipLevel,
                           List<String> tags, boolean sensitive, String sensitiveReason, String sensitiveBy,
                           Instant sensitiveAt, boolean doNotCall, CustomerStatus status, Long mergedInto,
                           Instant mergedAt, List<ContactPointView> contactPoints, List<AccountView> accounts,
                           List<AddressView> addresses, List<ConsentView> consents, Instant createdAt,
                           String createdBy, Instant updatedAt, long version, boolean phoneMasked) {

    public CustomerView {
        tags = List.copyOf(tags);
        contactPoints = List.copyOf(contactPoints);
        accounts = List.copyOf(accounts);
        addresses = List.copyOf(addresses);
        consents = List.copyOf(consents);
    }

    public boolean merged() {
        return status == CustomerStatus.MERGED;
    }

    /** One way to reach the customer; {@code value} is as entered (or masked), never the normalized form. */
    public record ContactPointView(long id, ContactType type, String value, String label, Instant createdAt) {
    }

    /** A service account (户号) and the address it supplies. */
    public record AccountView(long id, String number, AccountType type, String address, Instant createdAt) {
    }

    public record AddressView(long id, String text, String district, String areaCode, Instant createdAt) {
    }

    /** One grant or withdrawal of consent, newest first; the latest PHONE record decides do-not-call. */
    public record ConsentView(long id, ConsentChannel channel, boolean granted, Instant at, String source, String note,
                              String recordedBy) {
    }
}
