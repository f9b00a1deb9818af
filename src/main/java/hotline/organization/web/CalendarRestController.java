package hotline.organization.web;

import hotline.organization.CalendarChange;
import hotline.organization.CalendarEntry;
import hotline.organization.CalendarEntryType;
import hotline.organization.CalendarEntryView;
import hotline.organization.CalendarImportResult;
import hotline.organization.CalendarView;
import hotline.organization.Calendars;
import hotline.organization.NewCalendar;
import hotline.organization.WorkingPeriod;
import hotline.platform.InvalidInputException;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Business calendars. Working periods are strings {@code "08:30-12:00"}; a CSV import is a {@code text/csv} body. */
@Tag(name = "Calendars", description = "Business calendars: weekly hours, holidays, make-up working days")
@RestController
@RequestMapping("/api/v1/calendars")
@PreAuthorize("isAuthenticated()")
class CalendarRestController {

    private final Calendars calendars;

    CalendarRestController(Calendars calendars) {
        this.calendars = calendars;
    }

    record CalendarRequest(@NotBlank @Size(max = 50) String name, @Size(max = 500) String description,
                           Map<DayOfWeek, List<String>> hours, Long version) {
    }

    record EntryRequest(@NotNull LocalDate date, @NotNull CalendarEntryType type, @NotBlank @Size(max = 50) String name,
                        List<String> hours) {
    }

    @GetMapping
    List<CalendarView> list() {
        return calendars.list();
    }

    @GetMapping("/{id}")
    CalendarView get(@PathVariable long id) {
        return calendars.get(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<CalendarView> create(@Valid @RequestBody CalendarRequest request) {
        var created = calendars.create(new NewCalendar(request.name(), request.description(), hours(request.hours())));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    CalendarView update(@PathVariable long id, @Valid @RequestBody CalendarRequest request) {
        if (request.version() == null) {
            throw InvalidInputException.of("version", "NotNull", "must not be null");
        }
        return calendars.update(id, new CalendarChange(request.name(), request.description(), hours(request.hours()),
                request.version()));
    }

    @PostMapping("/{id}/default")
    @PreAuthorize("hasRole('ADMIN')")
    CalendarView makeDefault(@PathVariable long id) {
        return calendars.makeDefault(id);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        calendars.delete(id);
    }

    @GetMapping("/{id}/entries")
    List<CalendarEntryView> entries(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return calendars.entries(id, year);
    }

    @PostMapping("/{id}/entries")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<CalendarEntryView> addEntry(@PathVariable long id, @Valid @RequestBody EntryRequest request) {
        var added = calendars.addEntry(id, new CalendarEntry(request.date(), request.type(), request.name(),
                periods("hours", request.hours())));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{entryId}").buildAndExpand(added.id())
                .toUri();
        return ResponseEntity.created(location).body(added);
    }

    @DeleteMapping("/{id}/entries/{entryId}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeEntry(@PathVariable long id, @PathVariable long entryId) {
        calendars.removeEntry(id, entryId);
    }

    /** {@code date,type,name[,hours]} lines; all or nothing, 400 lists each bad line. */
    @PostMapping("/{id}/import")
    @PreAuthorize("hasRole('ADMIN')")
    CalendarImportResult importCsv(@PathVariable long id, @RequestBody(required = false) String csv) {
        return calendars.importCsv(id, csv);
    }

    private static Map<DayOfWeek, List<WorkingPeriod>> hours(Map<DayOfWeek, List<String>> hours) {
        var result = new EnumMap<DayOfWeek, List<WorkingPeriod>>(DayOfWeek.class);
        var violations = new ArrayList<InvalidInputException.Violation>();
        if (hours != null) {
            hours.forEach((day, texts) -> {
                try {
                    result.put(day, periods("hours." + day, texts));
                } catch (InvalidInputException e) {
                    violations.addAll(e.violations());
                }
            });
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return result;
    }

    private static List<WorkingPeriod> periods(String field, List<String> texts) {
        var periods = new ArrayList<WorkingPeriod>();
        if (texts == null) {
            return periods;
        }
        for (int i = 0; i < texts.size(); i++) {
            try {
                periods.add(WorkingPeriod.parse(texts.get(i)));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of(field + "[" + i + "]", "Period", e.getMessage());
            }
        }
        return periods;
    }
}
