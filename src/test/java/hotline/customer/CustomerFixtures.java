package hotline.customer;

import hotline.platform.security.SystemActor;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test data for the archive. Tests share one database, so every number is fresh: mobile numbers from the 199 range
 * and 10-digit account numbers starting with 9, drawn at random (a clash is a one-in-ten-million event).
 */
public final class CustomerFixtures {

    private CustomerFixtures() {
    }

    public static String mobile() {
        return "199" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static String accountNumber() {
        return "9" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    }

    public static String uniqueName(String base) {
        return base + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
    }

    public static NewCustomer person(String name, String mobile, String account, String address) {
        return new NewCustomer(name, CustomerKind.PERSON, Gender.FEMALE, 0, null, List.of(),
                mobile == null ? List.of() : List.of(new NewContactPoint(ContactType.MOBILE, mobile, "本人")),
                account == null ? List.of() : List.of(new NewAccount(account, AccountType.RESIDENTIAL, address)),
                address == null ? List.of() : List.of(new NewAddress(address, "浦东新区", "310115")));
    }

    public static CustomerView register(Customers customers, NewCustomer customer) {
        return SystemActor.call(() -> customers.register(customer));
    }
}
