package hotline.routing.internal;

import hotline.customer.CustomerQuery;
import hotline.customer.CustomerSummary;
import hotline.customer.Customers;
import hotline.platform.security.SystemActor;
import hotline.telephony.KnownCallerNumbers;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The simulator's known callers: numbers of archived customers, so a share of simulated calls finds an archive (and
 * its VIP level or sensitive flag) the way real traffic does. Read once when simulated traffic starts.
 */
@Component
class ArchivedCallers implements KnownCallerNumbers {

    static final int MAX = 200;

    private final Customers customers;

    ArchivedCallers(Customers customers) {
        this.customers = customers;
    }

    @Override
    public List<String> numbers() {
        return SystemActor.call(() -> customers.search(new CustomerQuery(null, null, null, null, null, null, null,
                        false, CustomerQuery.Sort.NEWEST, 0, MAX))).items().stream()
                .map(CustomerSummary::phones).filter(phones -> !phones.isEmpty()).map(phones -> phones.get(0))
                .toList();
    }
}
