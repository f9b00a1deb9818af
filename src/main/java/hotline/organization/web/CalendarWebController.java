package hotline.organization.web;

import hotline.organization.CalendarChange;
import hotline.organization.CalendarEntry;
import hotline.organization.CalendarEntryType;
import hotline.organization.CalendarEntryView;
import hotline.organization.CalendarView;
import hotline.organization.Calendars;
import hotline.organization.NewCalendar;
import hotline.organization.WorkingPeriod;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.export.ExcelExport;
import hotline.platform.time.CenterTime;
import hotline.platform.web.Forms;
import hotline.platform.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Business calendars (administrators): weekly hours, holidays and make-up days, CSV import with a line-numbered
 * error report, and a calculator that shows deadlines computed from a start time.
 */
@Controller
@RequestMapping("/admin/calendars")
@PreAuthorize("hasRole('ADMIN')")
class CalendarWebController {

    private final Calendars calendars;
    private final Messages messages;
    private final CenterTime time;

    CalendarWebController(Calendars calendars, Messages messages, CenterTime time) {
        this.calendars = calendars;
        this.messages = messages;
        this.time = time;
    }

    @ModelAttribute("weekdays")
    DayOfWeek[] weekdays() {
        return DayOfWeek.values();
    }

    @ModelAttribute("entryTypes")
    CalendarEntryType[] entryTypes() {
        return CalendarEntryType.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("calendars", calendars.list());
        return "organization/calendars";
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export() {
        var rows = calendars.list();
        var columns = new java.util.ArrayList<ExcelExport.Column<CalendarView>>();
        columns.add(new ExcelExport.Column<>(messages.get("org.calendar.name"), CalendarView::name));
        columns.add(new ExcelExport.Column<>(messages.get("org.calendar.default"), c -> messages.yesNo(c.defaultCalendar())));
        for (var day : DayOfWeek.values()) {
            columns.add(new ExcelExport.Column<>(messages.get("org.weekday." + day),
                    c -> WorkingPeriod.format(c.hoursOn(day))));
        }
        columns.add(new ExcelExport.Column<>(messages.get("org.calendar.entryCount"), CalendarView::entryCount));
        columns.add(new ExcelExport.Column<>(messages.get("org.calendar.description"), CalendarView::description));
        return ExcelExport.download("calendars", messages.get("org.calendar.list.title"), columns, rows::forEach,
                time.zone());
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", CalendarForm.standard());
        return "organization/calendar";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") CalendarForm form, BindingResult result,
                  RedirectAttributes redirect) {
        var errors = new LinkedHashMap<String, String>();
        var hours = form.parsedHours(errors);
        errors.forEach((field, message) -> result.rejectValue(field, "Period", message));
        if (result.hasErrors()) {
            return "organization/calendar";
        }
        try {
            var created = calendars.create(new NewCalendar(form.getName(), form.getDescription(), hours));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/calendars/" + created.id();
        } catch (InvalidInputException e) {
            reject(result, e);
        } catch (ConflictException e) {
            result.rejectValue("name", "Duplicate", messages.get("org.common.taken"));
        }
        return "organization/calendar";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        var calendar = calendars.get(id);
        model.addAttribute("form", CalendarForm.of(calendar));
        detailModel(calendar, year, model);
        return "organization/calendar";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CalendarForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        detailModel(calendars.get(id), null, model);
        var errors = new LinkedHashMap<String, String>();
        var hours = form.parsedHours(errors);
        errors.forEach((field, message) -> result.rejectValue(field, "Period", message));
        if (result.hasErrors()) {
            return "organization/calendar";
        }
        try {
            calendars.update(id, new CalendarChange(form.getName(), form.getDescription(), hours, form.getVersion()));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/calendars/" + id;
        } catch (InvalidInputException e) {
            reject(result, e);
        } catch (ConflictException e) {
            Forms.reject(result, e, "name", messages.get("org.common.taken"), messages.get("common.stale"));
        }
        return "organization/calendar";
    }

    @PostMapping("/{id}/default")
    String makeDefault(@PathVariable long id, RedirectAttributes redirect) {
        calendars.makeDefault(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/calendars/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id) {
        calendars.delete(id);
        return "redirect:/admin/calendars";
    }

    @GetMapping("/{id}/entries")
    String entries(@PathVariable long id, @RequestParam(required = false) Integer year, HttpServletRequest request,
                   Model model) {
        var calendar = calendars.get(id);
        if (!Htmx.isHtmx(request)) {
            return "redirect:/admin/calendars/" + id + (year == null ? "" : "?year=" + year);
        }
        detailModel(calendar, year, model);
        return "organization/calendar :: entries";
    }

    @PostMapping("/{id}/entries")
    String addEntry(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date, @RequestParam CalendarEntryType type, @RequestParam(required = false) String name,
                    @RequestParam(required = false) String hours, HttpServletRequest request, Model model,
                    RedirectAttributes redirect) {
        var calendar = calendars.get(id);
        String error = null;
        try {
            if (date == null) {
                throw InvalidInputException.of("date", "Required", messages.get("org.entry.date.required"));
            }
            if (name == null || name.isBlank()) {
                throw InvalidInputException.of("name", "Required", messages.get("org.entry.name.required"));
            }
            List<WorkingPeriod> periods;
            try {
                periods = WorkingPeriod.parseList(hours);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("hours", "Period", e.getMessage());
            }
            calendars.addEntry(id, new CalendarEntry(date, type, name.strip(), periods));
        } catch (InvalidInputException e) {
            error = e.getMessage();
        } catch (ConflictException e) {
            error = messages.get("org.entry.dateTaken", date);
        }
        int year = date == null ? time.today().getYear() : date.getYear();
        if (!Htmx.isHtmx(request)) {
            if (error != null) {
                redirect.addFlashAttribute("entryError", error);
            }
            return "redirect:/admin/calendars/" + id + "?year=" + year;
        }
        model.addAttribute("entryError", error);
        detailModel(calendars.get(calendar.id()), year, model);
        return "organization/calendar :: entries";
    }

    @PostMapping("/{id}/entries/{entryId}/remove")
    String removeEntry(@PathVariable long id, @PathVariable long entryId, @RequestParam(required = false) Integer year,
                       HttpServletRequest request, Model model) {
        calendars.removeEntry(id, entryId);
        if (!Htmx.isHtmx(request)) {
            return "redirect:/admin/calendars/" + id + (year == null ? "" : "?year=" + year);
        }
        detailModel(calendars.get(id), year, model);
        return "organization/calendar :: entries";
    }

    @GetMapping("/{id}/entries/export")
    ResponseEntity<StreamingResponseBody> exportEntries(@PathVariable long id,
                                                        @RequestParam(required = false) Integer year) {
        var calendar = calendars.get(id);
        var rows = calendars.entries(id, year);
        List<ExcelExport.Column<CalendarEntryView>> columns = List.of(
                new ExcelExport.Column<>(messages.get("org.entry.date"), CalendarEntryView::date),
                new ExcelExport.Column<>(messages.get("org.entry.weekday"),
                        e -> messages.get("org.weekday." + e.date().getDayOfWeek())),
                new ExcelExport.Column<>(messages.get("org.entry.type"), e -> messages.get("org.entryType." + e.type())),
                new ExcelExport.Column<>(messages.get("org.entry.name"), CalendarEntryView::name),
                new ExcelExport.Column<>(messages.get("org.entry.hours"), e -> WorkingPeriod.format(e.hours())));
        return ExcelExport.download("calendar-entries", calendar.name(), columns, rows::forEach, time.zone());
    }

    @PostMapping("/{id}/import")
    String importCsv(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                     @RequestParam(required = false) String text, HttpServletRequest request, Model model)
            throws IOException {
        var calendar = calendars.get(id);
        String csv = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : text;
        try {
            model.addAttribute("importResult", calendars.importCsv(id, csv));
        } catch (InvalidInputException e) {
            model.addAttribute("importErrors", e.violations());
            model.addAttribute("importText", csv);
        }
        detailModel(calendars.get(calendar.id()), null, model);
        if (Htmx.isHtmx(request)) {
            return "organization/calendar :: import";
        }
        model.addAttribute("form", CalendarForm.of(calendar));
        return "organization/calendar";
    }

    @GetMapping("/{id}/check")
    String check(@PathVariable long id,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime end,
                 @RequestParam(defaultValue = "8") int workingHours, @RequestParam(defaultValue = "5") int workingDays,
                 HttpServletRequest request, Model model) {
        var calendar = calendars.get(id);
        var check = DeadlineCheck.compute(calendars.calendar(id), start == null ? now() : start, end, workingHours,
                workingDays);
        model.addAttribute("check", check);
        model.addAttribute("calendar", calendar);
        if (Htmx.isHtmx(request)) {
            return "organization/calendar :: check";
        }
        model.addAttribute("form", CalendarForm.of(calendar));
        detailModel(calendar, null, model);
        return "organization/calendar";
    }

    private LocalDateTime now() {
        return time.localDateTime(time.now()).withSecond(0).withNano(0);
    }

    private void detailModel(CalendarView calendar, Integer year, Model model) {
        int shownYear = year == null ? time.today().getYear() : year;
        model.addAttribute("calendar", calendar);
        model.addAttribute("year", shownYear);
        model.addAttribute("entries", calendars.entries(calendar.id(), shownYear));
        if (!model.containsAttribute("check")) {
            model.addAttribute("check", DeadlineCheck.empty(now()));
        }
    }

    private static void reject(BindingResult result, InvalidInputException e) {
        for (var v : e.violations()) {
            if (v.field().startsWith("hours.")) {
                result.rejectValue("hours[" + v.field().substring("hours.".length()) + "]", v.rule(), v.message());
            } else {
                Forms.reject(result, InvalidInputException.of(v.field(), v.rule(), v.message()));
            }
        }
    }
}
