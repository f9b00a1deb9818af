package hotline.routing.internal;

import hotline.HotlineWebTest;
import hotline.customer.CustomerFixtures;
import hotline.customer.Customers;
import hotline.telephony.KnownCallerNumbers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator gets the numbers of archived customers, unmasked, to call from. */
@HotlineWebTest
class ArchivedCallersTests {

    @Autowired
    KnownCallerNumbers known;
    @Autowired
    Customers customers;

    @Test
    void offersTheNewestArchivedNumbers() {
        String phone = CustomerFixtures.mobile();
        CustomerFixtures.register(customers, CustomerFixtures.person(CustomerFixtures.uniqueName("来电"), phone,
                null, null));
        assertThat(known.numbers()).contains(phone).allMatch(n -> !n.contains("*"))
                .hasSizeLessThanOrEqualTo(ArchivedCallers.MAX);
    }
}
