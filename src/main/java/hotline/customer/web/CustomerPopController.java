package hotline.customer.web;

import hotline.customer.CustomerAccess;
import hotline.customer.CustomerSummary;
import hotline.customer.Customers;
import hotline.customer.NewCustomer;
import hotline.platform.InvalidInputException;
import hotline.platform.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * The screen pop (来电弹屏): a compact card the agent desktop loads with htmx when a call is offered —
 * {@code GET /customers/pop?phone=…}. One match shows the customer, several offer a choice, none offers a quick form
 * that opens an archive with the caller's number. A full page when opened directly, for trying it out.
 */
@Controller
@RequestMapping("/customers/pop")
@PreAuthorize(CustomerAccess.EDIT)
class CustomerPopController {

    static final int RECENT = 3;

    private final Customers customers;

    CustomerPopController(Customers customers) {
        this.customers = customers;
    }

    @GetMapping
    String pop(@RequestParam(required = false) String phone, @RequestParam(required = false) Long id,
               HttpServletRequest request, Model model) {
        List<CustomerSummary> matches = phone == null || phone.isBlank() ? List.of() : customers.identify(phone);
        model.addAttribute("phone", phone);
        model.addAttribute("matches", matches);
        CustomerSummary chosen = id != null ? matches.stream().filter(m -> m.id() == id).findFirst()
                .orElseGet(() -> customers.summaries(List.of(id)).get(id))
                : matches.size() == 1 ? matches.get(0) : null;
        show(chosen, model);
        return Htmx.view(request, "customer/pop", "card");
    }

    @PostMapping
    String create(@RequestParam(required = false) String phone, @RequestParam(required = false) String name,
                  HttpServletRequest request, Model model) {
        model.addAttribute("phone", phone);
        model.addAttribute("matches", List.of());
        if (name == null || name.isBlank()) {
            model.addAttribute("nameMissing", true);
            return Htmx.view(request, "customer/pop", "card");
        }
        try {
            var created = customers.register(NewCustomer.person(name, phone));
            show(customers.summaries(List.of(created.id())).get(created.id()), model);
        } catch (InvalidInputException e) {
            model.addAttribute("phoneInvalid", true);
            model.addAttribute("name", name);
        }
        return Htmx.view(request, "customer/pop", "card");
    }

    private void show(CustomerSummary chosen, Model model) {
        model.addAttribute("chosen", chosen);
        if (chosen != null) {
            model.addAttribute("recent", customers.timeline(chosen.id(), null, null, RECENT));
        }
    }
}
