package hotline.identity.web;

import hotline.identity.NewUser;
import hotline.identity.UserChange;
import hotline.identity.UserQuery;
import hotline.identity.UserView;
import hotline.identity.Users;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.export.ExcelExport;
import hotline.platform.security.Role;
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

import java.util.List;

/** Administration of accounts: list with filters, create, edit (roles, enabled), reset a password, export. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserWebController {

    private final Users users;
    private final MessageSource messages;
    private final CenterTime time;

    UserWebController(Users users, MessageSource messages, CenterTime time) {
        this.users = users;
        this.messages = messages;
        this.time = time;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) String text, @RequestParam(required = false) Role role,
                @RequestParam(required = false) Boolean enabled, HttpServletRequest request, Model model) {
        model.addAttribute("users", users.list(new UserQuery(text, role, enabled)));
        model.addAttribute("text", text);
        model.addAttribute("role", role);
        model.addAttribute("enabled", enabled);
        return Htmx.view(request, "identity/users", "rows");
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String text,
                                                 @RequestParam(required = false) Role role,
                                                 @RequestParam(required = false) Boolean enabled) {
        List<UserView> rows = users.list(new UserQuery(text, role, enabled));
        var locale = LocaleContextHolder.getLocale();
        List<ExcelExport.Column<UserView>> columns = List.of(
                new ExcelExport.Column<>(msg("user.username"), UserView::username),
                new ExcelExport.Column<>(msg("user.displayName"), UserView::displayName),
                new ExcelExport.Column<>(msg("user.email"), UserView::email),
                new ExcelExport.Column<>(msg("user.phone"), UserView::phone),
                new ExcelExport.Column<>(msg("user.roles"), u -> u.roles().stream()
                        .map(r -> messages.getMessage("role." + r, null, locale)).sorted().toList().toString()),
                new ExcelExport.Column<>(msg("user.enabled"), UserView::enabled),
                new ExcelExport.Column<>(msg("user.createdAt"), UserView::createdAt));
        return ExcelExport.download("users", msg("user.list.title"), columns, rows::forEach, time.zone());
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new UserForm());
        return "identity/user-form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (form.password == null || form.password.isBlank()) {
            result.rejectValue("password", "NotBlank", msg("user.password.required"));
        }
        if (result.hasErrors()) {
            return "identity/user-form";
        }
        try {
            var user = users.create(new NewUser(form.username, form.displayName, form.password, form.email,
                    blankToNull(form.phone), form.roles));
            redirect.addFlashAttribute("saved", user.username());
            return "redirect:/admin/users/" + user.id();
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
        } catch (ConflictException e) {
            result.rejectValue("username", "Duplicate", msg("user.username.taken"));
        }
        return "identity/user-form";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var user = users.get(id);
        var form = new UserForm();
        form.username = user.username();
        form.displayName = user.displayName();
        form.email = user.email();
        form.phone = user.phone();
        form.roles = user.roles().isEmpty() ? form.roles : java.util.EnumSet.copyOf(user.roles());
        form.enabled = user.enabled();
        form.version = user.version();
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        return "identity/user-form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        model.addAttribute("user", users.get(id));
        if (result.hasErrors()) {
            return "identity/user-form";
        }
        try {
            users.update(id, new UserChange(form.displayName, form.email, blankToNull(form.phone), form.roles,
                    form.enabled, form.version));
            redirect.addFlashAttribute("saved", form.username);
            return "redirect:/admin/users/" + id;
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
        } catch (ConflictException e) {
            result.reject("stale", msg("common.stale"));
        }
        return "identity/user-form";
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
        try {
            users.resetPassword(id, password);
            redirect.addFlashAttribute("passwordReset", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("passwordError", e.violations().get(0).message());
        }
        return "redirect:/admin/users/" + id;
    }

    private String msg(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
