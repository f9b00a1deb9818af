package hotline.customer.web;

import hotline.platform.web.ProblemText;
import hotline.customer.AccountType;
import hotline.customer.ContactType;
import hotline.customer.CustomerAccess;
import hotline.customer.CustomerChange;
import hotline.customer.CustomerKind;
import hotline.customer.CustomerQuery;
import hotline.customer.CustomerSummary;
import hotline.customer.CustomerView;
import hotline.customer.Customers;
import hotline.customer.Gender;
import hotline.customer.NewAccount;
import hotline.customer.NewAddress;
import hotline.customer.NewContactPoint;
import hotline.customer.NewCustomer;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.export.ExcelExport;
import hotline.platform.time.CenterTime;
import hotline.platform.web.Forms;
import hotline.platform.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;

/** The archive's search page (live filtering, Excel export), the detail page with its tabs, and the profile form. */
@Controller
@RequestMapping("/customers")
@PreAuthorize(CustomerAccess.READ)
class CustomerWebController {

    static final int TIMELINE_PAGE = 50;

    private final Customers customers;
    private final CustomerPages pages;
    private final MessageSource messages;
    private final CenterTime time;

    CustomerWebController(Customers customers, CustomerPages pages, MessageSource messages, CenterTime time) {
        this.customers = customers;
        this.pages = pages;
        this.messages = messages;
        this.time = time;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", CustomerKind.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("contactTypes", ContactType.values());
        model.addAttribute("accountTypes", AccountType.values());
        model.addAttribute("sorts", CustomerQuery.Sort.values());
    }

    @GetMapping
    String search(@ModelAttribute("q") SearchParams q, HttpServletRequest request, Model model) {
        try {
            model.addAttribute("result", customers.search(q.query(SearchParams.PAGE_SIZE)));
        } catch (InvalidInputException e) {
            model.addAttribute("filterError", e.violations().get(0).field());
        }
        return Htmx.view(request, "customer/search", "results");
    }

    @GetMapping("/export")
    @PreAuthorize(CustomerAccess.EXPORT)
    ResponseEntity<StreamingResponseBody> export(@ModelAttribute("q") SearchParams q) {
        List<ExcelExport.Column<CustomerSummary>> columns = List.of(
                new ExcelExport.Column<>(msg("customer.id"), CustomerSummary::id),
                new ExcelExport.Column<>(msg("customer.name"), CustomerSummary::name),
                new ExcelExport.Column<>(msg("customer.kind"), c -> msg("customer.kind." + c.kind())),
                new ExcelExport.Column<>(msg("customer.vipLevel"), CustomerSummary::vipLevel),
                new ExcelExport.Column<>(msg("customer.phones"), c -> String.join(", ", c.phones())),
                new ExcelExport.Column<>(msg("customer.accounts"), c -> String.join(", ", c.accountNumbers())),
                new ExcelExport.Column<>(msg("customer.address"), CustomerSummary::address),
                new ExcelExport.Column<>(msg("customer.tags"), c -> String.join(", ", c.tags())),
                new ExcelExport.Column<>(msg("customer.sensitive"), CustomerSummary::sensitive),
                new ExcelExport.Column<>(msg("customer.doNotCall"), CustomerSummary::doNotCall));
        var query = q.query(CustomerQuery.MAX_PAGE_SIZE);
        return ExcelExport.download("customers", msg("customer.list.title"), columns,
                row -> customers.export(query, row), time.zone());
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "profile") String tab,
                  @RequestParam(required = false) String kind, Model model, RedirectAttributes redirect) {
        var customer = customers.get(id);
        if (customer.merged()) {
            redirect.addFlashAttribute("mergedFrom", id);
            return "redirect:/customers/" + customer.mergedInto();
        }
        pages.detail(model, customer, tab, kind);
        return "customer/detail";
    }

    @GetMapping("/{id}/timeline")
    String timeline(@PathVariable long id, @RequestParam(required = false) String kind,
                    @RequestParam(required = false) Long beforeId, Model model) {
        var entries = customers.timeline(id, kind, beforeId, TIMELINE_PAGE);
        model.addAttribute("customerId", id);
        model.addAttribute("timeline", entries);
        model.addAttribute("kind", kind);
        model.addAttribute("nextBeforeId", entries.size() == TIMELINE_PAGE ? entries.get(entries.size() - 1).id() : null);
        return "customer/detail :: timeline-entries";
    }

    @GetMapping("/new")
    @PreAuthorize(CustomerAccess.EDIT)
    String newForm(@RequestParam(required = false) String phone, Model model) {
        var form = new CustomerForm();
        form.phone = phone;
        model.addAttribute("form", form);
        return "customer/form";
    }

    @PostMapping
    @PreAuthorize(CustomerAccess.EDIT)
    String create(@Valid @ModelAttribute("form") CustomerForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "customer/form";
        }
        try {
            var contactPoints = new ArrayList<NewContactPoint>();
            if (CustomerForm.present(form.phone)) {
                contactPoints.add(new NewContactPoint(form.phoneType, form.phone, null));
            }
            var accounts = CustomerForm.present(form.accountNumber)
                    ? List.of(new NewAccount(form.accountNumber, form.accountType, form.address)) : List.<NewAccount>of();
            var addresses = CustomerForm.present(form.address)
                    ? List.of(new NewAddress(form.address, form.district, form.areaCode)) : List.<NewAddress>of();
            var created = customers.register(new NewCustomer(form.name, form.kind, form.gender, form.vipLevel,
                    form.notes, form.tagList(), contactPoints, accounts, addresses));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/customers/" + created.id();
        } catch (InvalidInputException e) {
            for (var v : e.violations()) {
                result.rejectValue(v.field().startsWith("contactPoints") ? "phone" : v.field(), v.rule(), v.message());
            }
        } catch (ConflictException e) {
            result.rejectValue("accountNumber", "customer.account.taken", new Object[]{e.details().get("customerId")},
                    "customer.account.taken");
        }
        return "customer/form";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(CustomerAccess.EDIT)
    String edit(@PathVariable long id, Model model) {
        var customer = customers.get(id);
        model.addAttribute("customer", customer);
        model.addAttribute("form", CustomerForm.of(customer));
        return "customer/form";
    }

    @PostMapping("/{id}")
    @PreAuthorize(CustomerAccess.EDIT)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CustomerForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        CustomerView customer = customers.get(id);
        model.addAttribute("customer", customer);
        if (result.hasErrors()) {
            return "customer/form";
        }
        try {
            customers.update(id, new CustomerChange(form.name, form.kind, form.gender, form.vipLevel, form.notes,
                    form.tagList(), form.version == null ? -1 : form.version));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/customers/" + id;
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
        } catch (ConflictException e) {
            result.reject(e.code(), "stale-version".equals(e.code()) ? msg("common.stale") : ProblemText.of(e));
        }
        return "customer/form";
    }

    private String msg(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
