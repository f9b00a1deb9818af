package hotline.identity.web;

import hotline.identity.Users;
import hotline.platform.InvalidInputException;
import hotline.platform.security.CurrentUser;
import hotline.platform.web.Forms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone's own page: who they are, their roles, and changing their password. */
@Controller
@PreAuthorize("isAuthenticated()")
class ProfileController {

    private final Users users;
    private final UserDetailsService details;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    ProfileController(Users users, UserDetailsService details) {
        this.users = users;
        this.details = details;
    }

    record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword, @NotBlank String confirmation) {
    }

    @GetMapping("/profile")
    String profile(Model model) {
        model.addAttribute("user", users.get(CurrentUser.require().id()));
        return "identity/profile";
    }

    @GetMapping("/profile/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        model.addAttribute("user", users.get(CurrentUser.require().id()));
        return "identity/password";
    }

    @PostMapping("/profile/password")
    String changePassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
                          HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("user", users.get(CurrentUser.require().id()));
        if (!result.hasErrors() && !form.newPassword().equals(form.confirmation())) {
            result.rejectValue("confirmation", "Matches", "");
        }
        if (result.hasErrors()) {
            return "identity/password";
        }
        try {
            users.changeOwnPassword(form.currentPassword(), form.newPassword());
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            return "identity/password";
        }
        // The session holds the principal read at sign-in; refresh it so the password gate opens.
        var principal = details.loadUserByUsername(CurrentUser.require().username());
        if (principal instanceof CredentialsContainer credentials) {
            credentials.eraseCredentials();
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/profile";
    }
}
