package hotline.identity.web;

import hotline.identity.ApiTokens;
import hotline.identity.UserQuery;
import hotline.identity.Users;
import hotline.platform.InvalidInputException;
import hotline.platform.time.CenterTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.time.LocalDate;

/** API tokens: the admin page (issue once-visible tokens, revoke). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ApiTokenController {

    private final ApiTokens tokens;
    private final Users users;
    private final CenterTime time;

    ApiTokenController(ApiTokens tokens, Users users, CenterTime time) {
        this.tokens = tokens;
        this.users = users;
        this.time = time;
    }

    @GetMapping("/admin/api-tokens")
    String page(Model model) {
        model.addAttribute("tokens", tokens.list());
        model.addAttribute("users", users.list(UserQuery.all()));
        model.addAttribute("now", time.now());
        return "identity/api-tokens";
    }

    @PostMapping("/admin/api-tokens")
    String issue(@RequestParam long userId, @RequestParam String name,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
                 RedirectAttributes redirect) {
        try {
            var issued = tokens.issue(userId, name, expiresOn == null ? null : time.startOfDay(expiresOn.plusDays(1)));
            redirect.addFlashAttribute("issued", issued);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/api-tokens";
    }

    @PostMapping("/admin/api-tokens/{id}/revoke")
    String revokeFromPage(@PathVariable long id) {
        tokens.revoke(id);
        return "redirect:/admin/api-tokens";
    }
}
