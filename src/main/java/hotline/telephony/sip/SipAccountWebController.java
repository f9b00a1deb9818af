package hotline.telephony.sip;

import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.web.Htmx;
import hotline.platform.web.NavItem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.function.Supplier;

import static hotline.platform.web.NavItem.Section.ADMINISTRATION;

/**
 * The administrators' page of SIP accounts: issue one for a person's desk phone, hand out a new secret, revoke. The
 * secret appears once, in the answer to the issue or reset.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SipAccountWebController {

    private final SipAccountAdministration administration;
    private final MessageSource messages;

    SipAccountWebController(SipAccountAdministration administration, MessageSource messages) {
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping("/admin/sip-accounts")
    String page(Model model, HttpServletRequest request) {
        fill(model);
        return Htmx.view(request, "telephony/sip-accounts", "rows");
    }

    /**
     * The secret is rendered into this response only (never cached): a redirect would park it in the session store,
     * which lives in the database, until the next page.
     */
    @PostMapping("/admin/sip-accounts")
    String issue(@RequestParam(required = false) Long userId, @RequestParam(required = false) String sipUser,
                 Model model, HttpServletResponse response) {
        return show(model, response, () -> administration.issue(userId, sipUser));
    }

    @PostMapping("/admin/sip-accounts/{sipUser}/reset")
    String reset(@PathVariable String sipUser, Model model, HttpServletResponse response) {
        return show(model, response, () -> administration.reset(sipUser));
    }

    @PostMapping("/admin/sip-accounts/{sipUser}/revoke")
    String revoke(@PathVariable String sipUser, RedirectAttributes redirect) {
        try {
            administration.revoke(sipUser);
            redirect.addFlashAttribute("saved", true);
        } catch (ConflictException | NotFoundException e) {
            redirect.addFlashAttribute("error", error(e, sipUser));
        }
        return "redirect:/admin/sip-accounts";
    }

    private String show(Model model, HttpServletResponse response, Supplier<SipAccountAdministration.Issued> action) {
        response.setHeader("Cache-Control", "no-store");
        try {
            model.addAttribute("issued", action.get());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("violations", e.violations());
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("error", error(e, e.details().get("value")));
        } catch (NotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("error", error(e, null));
        }
        fill(model);
        return "telephony/sip-accounts";
    }

    /** The refusal in the reader's language; the exception's own (English) text where the bundle has none. */
    private String error(RuntimeException e, Object sipUser) {
        String key = e instanceof ConflictException conflict ? "sipAccount.error." + conflict.code()
                : "sipAccount.error.not-found";
        return messages.getMessage(key, new Object[]{sipUser}, e.getMessage(), LocaleContextHolder.getLocale());
    }

    private void fill(Model model) {
        model.addAttribute("accounts", administration.list());
        model.addAttribute("people", administration.people());
        model.addAttribute("sipActive", administration.sipActive());
        model.addAttribute("realm", administration.realm());
        model.addAttribute("registrar", administration.registrar());
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavItem sipAccountsNav() {
            return NavItem.of(ADMINISTRATION, "nav.sipAccounts", "/admin/sip-accounts", "telephone", 15, "ADMIN");
        }
    }
}
