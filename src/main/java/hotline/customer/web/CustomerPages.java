package hotline.customer.web;

import hotline.customer.CustomerView;
import hotline.customer.Customers;
import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.List;
import java.util.Set;

/** What the detail page needs, shared by the handlers that render it. */
@Component
class CustomerPages {

    static final Set<String> TABS = Set.of("profile", "contacts", "accounts", "addresses", "timeline");

    private final Customers customers;

    CustomerPages(Customers customers) {
        this.customers = customers;
    }

    void detail(Model model, CustomerView customer, String tab, String kind) {
        model.addAttribute("customer", customer);
        model.addAttribute("tab", TABS.contains(tab) ? tab : "profile");
        var entries = customers.timeline(customer.id(), kind, null, CustomerWebController.TIMELINE_PAGE);
        model.addAttribute("customerId", customer.id());
        model.addAttribute("timeline", entries);
        model.addAttribute("timelineKinds", customers.timelineKinds(customer.id()));
        model.addAttribute("kind", kind);
        model.addAttribute("nextBeforeId", entries.size() == CustomerWebController.TIMELINE_PAGE
                ? entries.get(entries.size() - 1).id() : null);
        boolean steward = CurrentUser.actor().hasAny(Role.TEAM_LEAD, Role.SUPERVISOR);
        model.addAttribute("duplicates", steward ? customers.suggestDuplicates(customer.id()) : List.of());
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", new DetailForms.ContactPointForm());
        }
        if (!model.containsAttribute("accountForm")) {
            model.addAttribute("accountForm", new DetailForms.AccountForm());
        }
        if (!model.containsAttribute("addressForm")) {
            model.addAttribute("addressForm", new DetailForms.AddressForm());
        }
    }
}
