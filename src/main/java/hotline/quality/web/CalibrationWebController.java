package hotline.quality.web;

import hotline.identity.UserQuery;
import hotline.identity.Users;
import hotline.platform.InvalidInputException;
import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import hotline.platform.time.CenterTime;
import hotline.quality.Calibrations;
import hotline.quality.Scorecards;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.UUID;

/** Calibration sessions: the list, a new session, a session's progress and, once closed, its report. */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','QA')")
class CalibrationWebController {

    private final Calibrations calibrations;
    private final Scorecards scorecards;
    private final Users users;
    private final CenterTime time;

    CalibrationWebController(Calibrations calibrations, Scorecards scorecards, Users users, CenterTime time) {
        this.calibrations = calibrations;
        this.scorecards = scorecards;
        this.users = users;
        this.time = time;
    }

    @GetMapping("/quality/calibrations")
    String list(Model model) {
        model.addAttribute("sessions", calibrations.list());
        model.addAttribute("scorecards", scorecards.list().stream().filter(s -> s.current() != null).toList());
        model.addAttribute("inspectors", users.list(new UserQuery(null, Role.QA, true)));
        model.addAttribute("editor", CurrentUser.require().has(Role.SUPERVISOR));
        model.addAttribute("zone", time.zone());
        return "quality/calibrations";
    }

    @PostMapping("/quality/calibrations")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String create(@RequestParam(required = false) String title, @RequestParam(required = false) String contactId,
                  @RequestParam(required = false) Long scorecardId,
                  @RequestParam(required = false) List<Long> inspectorIds, HttpServletRequest request,
                  HttpServletResponse response) {
        UUID contact;
        try {
            contact = UUID.fromString(Pages.required(contactId, "contactId"));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("contactId", "Uuid", "is not a contact id");
        }
        if (scorecardId == null) {
            throw InvalidInputException.of("scorecardId", "NotNull", "must not be null");
        }
        if (inspectorIds == null || inspectorIds.isEmpty()) {
            throw InvalidInputException.of("inspectorIds", "NotEmpty", "choose at least one inspector");
        }
        var created = calibrations.create(new Calibrations.NewSession(Pages.required(title, "title"), contact,
                scorecardId, inspectorIds));
        return Pages.done(request, response, "/quality/calibrations/" + created.id());
    }

    @GetMapping("/quality/calibrations/{id}")
    String show(@PathVariable long id, Model model) {
        var session = calibrations.get(id);
        model.addAttribute("session", session);
        model.addAttribute("report", session.status() == Calibrations.Status.CLOSED ? calibrations.report(id) : null);
        long me = CurrentUser.require().id();
        model.addAttribute("mine", session.participants().stream().filter(p -> p.inspectorId() == me).findFirst()
                .orElse(null));
        model.addAttribute("editor", CurrentUser.require().has(Role.SUPERVISOR));
        model.addAttribute("zone", time.zone());
        return "quality/calibration";
    }

    @PostMapping("/quality/calibrations/{id}/close")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String close(@PathVariable long id, @RequestParam long version, HttpServletRequest request,
                 HttpServletResponse response) {
        calibrations.close(id, version);
        return Pages.done(request, response, "/quality/calibrations/" + id);
    }
}
