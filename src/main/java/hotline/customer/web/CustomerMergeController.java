package hotline.customer.web;

import hotline.platform.web.ProblemText;
import hotline.customer.CustomerAccess;
import hotline.customer.CustomerView;
import hotline.customer.Customers;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Merging duplicate archives: without ids, the suggested groups; with ids, the archives side by side, the survivor
 * chosen by radio button, the differences highlighted.
 */
@Controller
@RequestMapping("/customers/merge")
@PreAuthorize(CustomerAccess.MERGE)
class CustomerMergeController {

    static final int MAX_COMPARED = 6;

    private final Customers customers;

    CustomerMergeController(Customers customers) {
        this.customers = customers;
    }

    @GetMapping
    String page(@RequestParam(required = false) List<Long> ids, @RequestParam(required = false) Long add,
                @RequestParam(required = false) Long survivor, Model model) {
        var wanted = new LinkedHashSet<Long>(ids == null ? List.of() : ids);
        if (add != null) {
            wanted.add(add);
        }
        var compared = new ArrayList<CustomerView>();
        var missing = new ArrayList<Long>();
        for (Long id : wanted.stream().limit(MAX_COMPARED).toList()) {
            customers.find(id).filter(c -> !c.merged()).ifPresentOrElse(compared::add, () -> missing.add(id));
        }
        model.addAttribute("compared", compared);
        model.addAttribute("missing", missing);
        model.addAttribute("survivor", survivor != null ? survivor
                : compared.isEmpty() ? null : compared.get(0).id());
        if (compared.size() < 2) {
            model.addAttribute("groups", customers.duplicateCandidates(50));
        }
        return "customer/merge";
    }

    @PostMapping
    String merge(@RequestParam long survivor, @RequestParam List<Long> ids, RedirectAttributes redirect) {
        var duplicates = ids.stream().filter(id -> id != survivor).distinct().toList();
        try {
            customers.merge(survivor, duplicates);
        } catch (InvalidInputException | ConflictException | NotFoundException e) {
            redirect.addFlashAttribute("mergeError", ProblemText.of(e));
            redirect.addAttribute("ids", ids);
            redirect.addAttribute("survivor", survivor);
            return "redirect:/customers/merge";
        }
        redirect.addFlashAttribute("mergedCount", duplicates.size());
        return "redirect:/customers/" + survivor;
    }
}
