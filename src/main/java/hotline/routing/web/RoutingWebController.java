package hotline.routing.web;

import hotline.organization.Channel;
import hotline.organization.SkillView;
import hotline.organization.Skills;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.web.Forms;
import hotline.platform.web.Htmx;
import hotline.routing.Routing;
import hotline.routing.Strategy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * Administrators' pages: queues with their rules and live figures, and the reason codes for not ready; forms to create
 * and edit both. The facade validates and answers 409 for a stale version or a taken code, shown on the form.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RoutingWebController {

    private final Routing routing;
    private final Skills skills;
    private final MessageSource messages;

    RoutingWebController(Routing routing, Skills skills, MessageSource messages) {
        this.routing = routing;
        this.skills = skills;
        this.messages = messages;
    }

    @GetMapping("/admin/queues")
    String queues(HttpServletRequest request, Model model) {
        var queues = routing.queues();
        model.addAttribute("queues", queues);
        model.addAttribute("live", queues.stream().map(q -> routing.live(q.id())).toList());
        return Htmx.view(request, "routing/queues", "rows");
    }

    // ---- queue form -----------------------------------------------------------------------------------------------

    @GetMapping("/admin/queues/new")
    String newQueue(Model model) {
        model.addAttribute("form", new QueueForm());
        return queueForm(model, null);
    }

    @PostMapping("/admin/queues")
    String createQueue(@Valid @ModelAttribute("form") QueueForm form, BindingResult result, Model model,
                       RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var created = routing.createQueue(form.draft());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/admin/queues/" + created.id();
            } catch (InvalidInputException e) {
                Forms.reject(result, e);
            } catch (ConflictException e) {
                Forms.reject(result, e, "code", text("routing.form.taken"), text("common.stale"));
            }
        }
        return queueForm(model, null);
    }

    @GetMapping("/admin/queues/{id}")
    String editQueue(@PathVariable long id, Model model) {
        model.addAttribute("form", QueueForm.of(routing.queue(id)));
        return queueForm(model, id);
    }

    @PostMapping("/admin/queues/{id}")
    String updateQueue(@PathVariable long id, @Valid @ModelAttribute("form") QueueForm form, BindingResult result,
                       Model model, RedirectAttributes redirect) {
        form.setCode(routing.queue(id).code());
        if (!result.hasErrors()) {
            try {
                routing.updateQueue(id, form.draft());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/admin/queues/" + id;
            } catch (InvalidInputException e) {
                Forms.reject(result, e);
            } catch (ConflictException e) {
                Forms.reject(result, e, "code", text("routing.form.taken"), text("common.stale"));
            }
        }
        return queueForm(model, id);
    }

    private String queueForm(Model model, Long id) {
        model.addAttribute("queue", id == null ? null : routing.queue(id));
        model.addAttribute("skills", skills.list().stream().map(SkillView::code).sorted().toList());
        model.addAttribute("otherQueues", routing.queues().stream().filter(q -> id == null || q.id() != id).toList());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("strategies", Strategy.values());
        model.addAttribute("levels", List.of(0, 1, 2, 3, 4, 5));
        return "routing/queue-form";
    }

    // ---- reason codes ---------------------------------------------------------------------------------------------

    @GetMapping("/admin/reason-codes")
    String reasonCodes(HttpServletRequest request, Model model) {
        model.addAttribute("reasons", routing.reasonCodes());
        return Htmx.view(request, "routing/reason-codes", "rows");
    }

    @GetMapping("/admin/reason-codes/new")
    String newReasonCode(Model model) {
        model.addAttribute("form", new ReasonCodeForm());
        return "routing/reason-code-form";
    }

    @PostMapping("/admin/reason-codes")
    String createReasonCode(@Valid @ModelAttribute("form") ReasonCodeForm form, BindingResult result,
                            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var created = routing.createReasonCode(form.draft());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/admin/reason-codes/" + created.id();
            } catch (InvalidInputException e) {
                Forms.reject(result, e);
            } catch (ConflictException e) {
                Forms.reject(result, e, "code", text("routing.form.taken"), text("common.stale"));
            }
        }
        return "routing/reason-code-form";
    }

    @GetMapping("/admin/reason-codes/{id}")
    String editReasonCode(@PathVariable long id, Model model) {
        var reason = routing.reasonCode(id);
        model.addAttribute("reason", reason);
        model.addAttribute("form", ReasonCodeForm.of(reason));
        return "routing/reason-code-form";
    }

    @PostMapping("/admin/reason-codes/{id}")
    String updateReasonCode(@PathVariable long id, @Valid @ModelAttribute("form") ReasonCodeForm form,
                            BindingResult result, Model model, RedirectAttributes redirect) {
        var reason = routing.reasonCode(id);
        form.setCode(reason.code());
        model.addAttribute("reason", reason);
        if (!result.hasErrors()) {
            try {
                routing.updateReasonCode(id, form.draft());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/admin/reason-codes/" + id;
            } catch (InvalidInputException e) {
                Forms.reject(result, e);
            } catch (ConflictException e) {
                Forms.reject(result, e, "code", text("routing.form.taken"), text("common.stale"));
            }
        }
        return "routing/reason-code-form";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
