package hotline.incident.web;

import hotline.platform.web.ProblemText;
import jakarta.validation.ConstraintViolationException;
import hotline.customer.Customers;
import hotline.incident.ActiveIncident;
import hotline.incident.IncidentArea;
import hotline.incident.IncidentDeclaration;
import hotline.incident.IncidentType;
import hotline.incident.IncidentView;
import hotline.incident.Incidents;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.security.SystemActor;
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

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

/** Leads declare, edit and close incidents; the banner fragment shows agents what is active. */
@Controller
@PreAuthorize(IncidentRoles.LEADS)
class IncidentWebController {

    private final Incidents incidents;
    private final CenterTime time;
    private final Customers customers;

    IncidentWebController(Incidents incidents, CenterTime time, Customers customers) {
        this.customers = customers;
        this.incidents = incidents;
        this.time = time;
    }

    /** The declaration form; times are local to the center, area lists one entry per line. */
    record Form(String title, IncidentType type, String addressPrefixes, String districts, String accountNumbers,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startedAt,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime expectedEndAt, String wording,
                Long version) {

        IncidentDeclaration declaration(CenterTime time) {
            if (title == null || title.isBlank() || wording == null || wording.isBlank() || type == null
                    || startedAt == null) {
                throw InvalidInputException.of("form", "Required", "title, type, start and wording are required");
            }
            return new IncidentDeclaration(title, type,
                    new IncidentArea(lines(addressPrefixes), lines(districts), lines(accountNumbers)),
                    startedAt.atZone(time.zone()).toInstant(),
                    expectedEndAt == null ? null : expectedEndAt.atZone(time.zone()).toInstant(), wording, version);
        }

        static Form of(IncidentView i, CenterTime time) {
            return new Form(i.title(), i.type(), String.join("\n", i.area().addressPrefixes()),
                    String.join("\n", i.area().districts()), String.join("\n", i.area().accountNumbers()),
                    time.localDateTime(i.startedAt()).withSecond(0).withNano(0),
                    i.expectedEndAt() == null ? null : time.localDateTime(i.expectedEndAt()).withSecond(0).withNano(0),
                    i.wording(), i.version());
        }

        private static List<String> lines(String text) {
            return text == null ? List.of() : Arrays.stream(text.split("[\\r\\n,，、;；]+")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        }
    }

    @GetMapping("/incidents")
    String list(Model model) {
        model.addAttribute("incidents", incidents.list(false));
        return "incident/list";
    }

    @GetMapping("/incidents/new")
    String newIncident(Model model) {
        var now = time.localDateTime(time.now()).withSecond(0).withNano(0);
        return form(model, new Form("", IncidentType.OUTAGE, "", "", "", now, now.plusHours(4), "", null), null, null);
    }

    @PostMapping("/incidents")
    String declare(Form form, Model model, RedirectAttributes redirect) {
        try {
            var declared = incidents.declare(form.declaration(time));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/incidents/" + declared.id();
        } catch (InvalidInputException | ConstraintViolationException e) {
            return form(model, form, null, e.getMessage());
        }
    }

    @GetMapping("/incidents/{id}")
    String show(@PathVariable long id, Model model) {
        var incident = incidents.get(id);
        model.addAttribute("incident", incident);
        model.addAttribute("contacts", incidents.links(id, Incidents.LinkKind.CONTACT));
        model.addAttribute("workOrders", incidents.links(id, Incidents.LinkKind.WORK_ORDER));
        model.addAttribute("report", incidents.report(id).orElse(null));
        model.addAttribute("zone", time.zone());
        return "incident/detail";
    }

    @GetMapping("/incidents/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        var incident = incidents.get(id);
        return form(model, Form.of(incident, time), incident, null);
    }

    @PostMapping("/incidents/{id}")
    String update(@PathVariable long id, Form form, Model model, RedirectAttributes redirect) {
        try {
            incidents.update(id, form.declaration(time));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/incidents/" + id;
        } catch (InvalidInputException | ConflictException | ConstraintViolationException e) {
            return form(model, form, incidents.get(id), ProblemText.of(e));
        }
    }

    @PostMapping("/incidents/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String resolution,
                 @RequestParam(required = false) String reportTo, @RequestParam(defaultValue = "-1") long version,
                 RedirectAttributes redirect) {
        try {
            if (resolution == null || resolution.isBlank() || reportTo == null || reportTo.isBlank()) {
                throw InvalidInputException.of("resolution", "Required", "resolution and recipient are required");
            }
            incidents.close(id, new Incidents.Closing(resolution, reportTo, version));
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ConflictException | ConstraintViolationException e) {
            redirect.addFlashAttribute("error", ProblemText.of(e));
        }
        return "redirect:/incidents/" + id;
    }

    /**
     * The active incidents for the agent desktop; always a fragment. With {@code phone} (the screen pop) only the
     * incidents whose area covers the caller's archived addresses or accounts, so the agent reads the right wording.
     */
    @GetMapping("/incidents/banner")
    @PreAuthorize("isAuthenticated()")
    String banner(@RequestParam(required = false) String phone, Model model) {
        List<ActiveIncident> shown = phone == null || phone.isBlank() ? incidents.active() : coveringCaller(phone);
        model.addAttribute("active", shown);
        model.addAttribute("zone", time.zone());
        return "incident/banner :: banner";
    }

    private List<ActiveIncident> coveringCaller(String phone) {
        var found = new LinkedHashMap<Long, ActiveIncident>();
        for (var customer : SystemActor.call(() -> customers.identify(phone))) {
            incidents.activeFor(customer.address(), null).ifPresent(i -> found.putIfAbsent(i.id(), i));
            for (var account : customer.accountNumbers()) {
                incidents.activeFor(null, account).ifPresent(i -> found.putIfAbsent(i.id(), i));
            }
        }
        return List.copyOf(found.values());
    }

    private String form(Model model, Form form, IncidentView incident, String error) {
        model.addAttribute("form", form);
        model.addAttribute("incident", incident);
        model.addAttribute("types", IncidentType.values());
        model.addAttribute("error", error);
        return "incident/form";
    }
}
