package hotline.platform.web;

import hotline.platform.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's start page: a greeting and, per section, the pages the person's roles open. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("actor", CurrentUser.require());
        return "home";
    }
}
