package hotline.incident.web;

import hotline.platform.web.ProblemText;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import hotline.customer.Customers;
import hotline.incident.ActiveIncident;
import hotline.incident.HotIssues;
import hotline.incident.IncidentArea;
import hotline.incident.IncidentDeclaration;
import hotline.incident.IncidentType;
import hotline.incident.IncidentView;
import hotline.incident.Incidents;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.security.SystemActor;
import hotline.platform.time.CenterTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final HotIssues hotIssues;
    private final CenterTime time;
    private final Customers customers;
    private final MessageSource messages;

    IncidentWebController(Incidents incidents, HotIssues hotIssues, CenterTime time, Customers customers,
                          MessageSource messages) {
        this.customers = customers;
        this.incidents = incidents;
        this.hotIssues = hotIssues;
        this.time = time;
        this.messages = messages;
    }

    /**
     * The declaration form; times are local to the center, area lists one entry per line. {@code hotIssueId} is the
     * hot issue it was opened from, linked to the incident when it is declared.
     */
    record Form(String title, IncidentType type, String addressPrefixes, String districts, String accountNumbers,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startedAt,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime expectedEndAt, String wording,
                Long version, Long hotIssueId) {

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
                    i.wording(), i.version(), null);
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

    /** An empty form, or with {@code hotIssue} one filled from that hot issue for the lead to check and complete. */
    @GetMapping("/incidents/new")
    String newIncident(@RequestParam(required = false) Long hotIssue, Model model) {
        var now = time.localDateTime(time.now()).withSecond(0).withNano(0);
        if (hotIssue == null) {
            return form(model, new Form("", IncidentType.OUTAGE, "", "", "", now, now.plusHours(4), "", null, null),
                    null, null);
        }
        var issue = hotIssues.get(hotIssue);
        if (issue.incidentId() != null) {
            return "redirect:/incidents/" + issue.incidentId();
        }
        var locale = LocaleContextHolder.getLocale();
        boolean knownArea = !"-".equals(issue.area());
        String where = knownArea ? issue.area() : messages.getMessage("hotIssue.incident.anyArea", null, locale);
        Object[] topic = {issue.category(), where};
        var form = new Form(messages.getMessage("hotIssue.incident.title", topic, locale), IncidentType.OUTAGE, "",
                knownArea ? issue.area() : "", "", time.localDateTime(issue.intervalStart()).withSecond(0).withNano(0),
                now.plusHours(4), messages.getMessage("hotIssue.incident.wording", topic, locale), null, issue.id());
        model.addAttribute("hotIssue", issue);
        return form(model, form, null, null);
    }

    @PostMapping("/incidents")
    String declare(Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            var declaration = form.declaration(time);
            var declared = form.hotIssueId() == null ? incidents.declare(declaration)
                    : incidents.declareFrom(form.hotIssueId(), declaration);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/incidents/" + declared.id();
        } catch (InvalidInputException | ConflictException | ConstraintViolationException e) {
            if (form.hotIssueId() != null) {
                model.addAttribute("hotIssue", hotIssues.get(form.hotIssueId()));
            }
            if (e instanceof ConflictException) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
            return form(model, form, null, ProblemText.of(e));
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
        model.addAttribute("zone", time.zone());
        return "incident/form";
    }
}
