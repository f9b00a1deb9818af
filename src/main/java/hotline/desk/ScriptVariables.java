package hotline.desk;

import hotline.customer.CustomerSummary;
import hotline.customer.Customers;
import hotline.incident.ActiveIncident;
import hotline.incident.Incidents;
import hotline.platform.mask.PhoneMask;
import hotline.platform.security.Actor;
import hotline.platform.security.SystemActor;
import hotline.platform.time.CenterTime;
import hotline.routing.Floor;
import hotline.routing.Routing;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values a script's variables take for the agent's current contact, read on the server (never from the page): the
 * contact from routing's floor, the customer archive the contact carries or the only archive matching the caller's
 * number (as the screen pop identifies it), and the active incident covering that archive's address or accounts (as
 * the pop's banner finds it). What is not known is left out, so the script shows it as missing.
 */
@Component
class ScriptVariables {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Routing routing;
    private final Customers customers;
    private final Incidents incidents;
    private final CenterTime time;

    ScriptVariables(Routing routing, Customers customers, Incidents incidents, CenterTime time) {
        this.routing = routing;
        this.customers = customers;
        this.incidents = incidents;
        this.time = time;
    }

    /** The variables for {@code me}: {@code agent.name}, and with a contact {@code caller.number}, customer … incident. */
    Map<String, String> of(Actor me) {
        var values = new LinkedHashMap<String, String>();
        values.put("agent.name", me.displayName());
        // the floor is the whole center's; only the agent's own row is read
        var contact = SystemActor.call(routing::floor).agents().stream().filter(a -> a.userId() == me.id())
                .findFirst().map(Floor.Agent::contact).orElse(null);
        if (contact == null) {
            return values;
        }
        var customer = customer(contact);
        values.put("caller.number", callerNumber(me, contact.callerNumber(), customer));
        customer.ifPresent(c -> {
            values.put("customer.name", c.name());
            values.put("customer.address", c.address());
            // with several accounts the agent asks which one: reading out the first would be a guess
            if (c.accountNumbers().size() == 1) {
                values.put("account.number", c.accountNumbers().get(0));
            }
            incident(c).ifPresent(i -> {
                values.put("incident.title", i.title());
                values.put("incident.wording", i.wording());
                if (i.expectedEndAt() != null) {
                    values.put("incident.expectedEnd", WHEN.format(time.local(i.expectedEndAt())));
                }
            });
        });
        values.values().removeIf(v -> v == null || v.isBlank());
        return values;
    }

    private Optional<CustomerSummary> customer(Floor.Contact contact) {
        if (contact.customerId() != null) {
            return Optional.ofNullable(customers.summaries(List.of(contact.customerId())).get(contact.customerId()));
        }
        if (contact.callerNumber() == null || contact.callerNumber().isBlank()) {
            return Optional.empty();
        }
        var matches = customers.identify(contact.callerNumber());
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private Optional<ActiveIncident> incident(CustomerSummary customer) {
        var found = incidents.activeFor(customer.address(), null);
        for (var account : customer.accountNumbers()) {
            if (found.isPresent()) {
                break;
            }
            found = incidents.activeFor(null, account);
        }
        return found;
    }

    /**
     * The customer module masks numbers for the roles that need not see them (ADR 0020); without an archive to tell,
     * the same rule: people who handle customers see the number they talk to.
     */
    private static String callerNumber(Actor me, String number, Optional<CustomerSummary> customer) {
        boolean masked = customer.map(CustomerSummary::phoneMasked).orElse(!PhoneMask.shownInFullTo(me));
        return masked ? PhoneMask.mask(number) : number;
    }
}
