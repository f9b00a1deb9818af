package hotline.customer.web;

import hotline.customer.CustomerAccess;
import hotline.customer.Customers;
import hotline.customer.NewAccount;
import hotline.customer.NewAddress;
import hotline.customer.NewContactPoint;
import hotline.customer.SensitiveFlag;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.web.Forms;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the detail page's tabs: contact points, accounts, addresses, the sensitive mark and do-not-call.
 * Each answers with a redirect to its tab (post/redirect/get); a rejected form comes back with its values and errors.
 */
@Controller
@RequestMapping("/customers/{id}")
@PreAuthorize(CustomerAccess.EDIT)
class CustomerDetailsController {

    private static final String BINDING = "org.springframework.validation.BindingResult.";

    private final Customers customers;
    private final MessageSource messages;

    CustomerDetailsController(Customers customers, MessageSource messages) {
        this.customers = customers;
        this.messages = messages;
    }

    @PostMapping("/contact-points")
    String addContactPoint(@PathVariable long id, @Valid @ModelAttribute("contactForm") DetailForms.ContactPointForm form,
                           BindingResult result, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                customers.addContactPoint(id, new NewContactPoint(form.type, form.value, form.label));
                redirect.addFlashAttribute("saved", true);
                return tab(id, "contacts");
            } catch (InvalidInputException e) {
                Forms.reject(result, e);
            } catch (ConflictException e) {
                reject(result, "value", e, "customer.contact.taken");
            }
        }
        return rejected(id, "contacts", "contactForm", form, result, redirect);
    }

    @PostMapping("/contact-points/{contactPointId}/delete")
    String removeContactPoint(@PathVariable long id, @PathVariable long contactPointId, RedirectAttributes redirect) {
        customers.removeContactPoint(id, contactPointId);
        redirect.addFlashAttribute("removed", true);
        return tab(id, "contacts");
    }

    @PostMapping("/accounts")
    String addAccount(@PathVariable long id, @Valid @ModelAttribute("accountForm") DetailForms.AccountForm form,
                      BindingResult result, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                customers.addAccount(id, new NewAccount(form.number, form.type, form.address));
                redirect.addFlashAttribute("saved", true);
                return tab(id, "accounts");
            } catch (InvalidInputException e) {
                Forms.reject(result, e);
            } catch (ConflictException e) {
                reject(result, "number", e, "customer.account.taken");
            }
        }
        return rejected(id, "accounts", "accountForm", form, result, redirect);
    }

    @PostMapping("/accounts/{accountId}/delete")
    String removeAccount(@PathVariable long id, @PathVariable long accountId, RedirectAttributes redirect) {
        customers.removeAccount(id, accountId);
        redirect.addFlashAttribute("removed", true);
        return tab(id, "accounts");
    }

    @PostMapping("/addresses")
    String addAddress(@PathVariable long id, @Valid @ModelAttribute("addressForm") DetailForms.AddressForm form,
                      BindingResult result, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                customers.addAddress(id, new NewAddress(form.text, form.district, form.areaCode));
                redirect.addFlashAttribute("saved", true);
                return tab(id, "addresses");
            } catch (InvalidInputException e) {
                Forms.reject(result, e);
            } catch (ConflictException e) {
                reject(result, "text", e, "customer.address.taken");
            }
        }
        return rejected(id, "addresses", "addressForm", form, result, redirect);
    }

    @PostMapping("/addresses/{addressId}/delete")
    String removeAddress(@PathVariable long id, @PathVariable long addressId, RedirectAttributes redirect) {
        customers.removeAddress(id, addressId);
        redirect.addFlashAttribute("removed", true);
        return tab(id, "addresses");
    }

    @PostMapping("/sensitive")
    @PreAuthorize(CustomerAccess.FLAG_SENSITIVE)
    String flagSensitive(@PathVariable long id, @RequestParam(defaultValue = "false") boolean sensitive,
                         @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            customers.flagSensitive(id, new SensitiveFlag(sensitive, reason));
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flagError", msg("customer.sensitive.reasonRequired"));
        }
        return tab(id, "profile");
    }

    @PostMapping("/do-not-call")
    String doNotCall(@PathVariable long id, @RequestParam(defaultValue = "false") boolean doNotCall,
                     @RequestParam(required = false) String source, @RequestParam(required = false) String note,
                     RedirectAttributes redirect) {
        try {
            customers.setDoNotCall(id, doNotCall, source, note);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("dncError", msg("customer.doNotCall.sourceRequired"));
        }
        return tab(id, "profile");
    }

    private void reject(BindingResult result, String field, ConflictException e, String duplicateKey) {
        if ("duplicate".equals(e.code())) {
            result.rejectValue(field, duplicateKey, new Object[]{e.details().get("customerId")}, duplicateKey);
        } else {
            result.reject(e.code(), e.getMessage());
        }
    }

    private static String rejected(long id, String tab, String name, Object form, BindingResult result,
                                   RedirectAttributes redirect) {
        redirect.addFlashAttribute(name, form);
        redirect.addFlashAttribute(BINDING + name, result);
        return tab(id, tab);
    }

    private static String tab(long id, String tab) {
        return "redirect:/customers/" + id + "?tab=" + tab;
    }

    private String msg(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
