package hotline.identity.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
        if (error != null) {
            Object last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("error", messageKey(last));
        }
        return "login";
    }

    private static String messageKey(Object exception) {
        if (exception instanceof DisabledException) {
            return "login.error.disabled";
        }
        if (exception instanceof BadCredentialsException || !(exception instanceof AuthenticationException)) {
            return "login.error.credentials";
        }
        return "login.error.throttled";
    }
}
