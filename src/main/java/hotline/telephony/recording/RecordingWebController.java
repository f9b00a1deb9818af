package hotline.telephony.recording;

import hotline.platform.web.ProblemText;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.time.CenterTime;
import hotline.platform.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * The recordings list with its filters and pages, one recording with its player and transcript, the audio itself, and
 * retention.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class RecordingWebController {

    /** The list's filters as request parameters; the same parameters make the paging links. */
    record Query(UUID contactId, Long agentId, String phone, String type, LocalDate from, LocalDate to) {

        /** The list's address with these filters on that page; public because the template calls it. */
        public String url(int page) {
            var params = new LinkedHashMap<String, Object>();
            params.put("contactId", contactId);
            params.put("agentId", agentId);
            params.put("phone", phone);
            params.put("type", type);
            params.put("from", from);
            params.put("to", to);
            params.put("page", page > 0 ? page : null);
            var query = new StringJoiner("&", "/recordings?", "").setEmptyValue("/recordings");
            params.forEach((name, value) -> {
                if (value != null && !value.toString().isBlank()) {
                    // form encoding: a number's + must not come back as a space
                    query.add(name + "=" + URLEncoder.encode(value.toString().strip(), StandardCharsets.UTF_8));
                }
            });
            return query.toString();
        }
    }

    private final RecordingService recordings;
    private final RecordingSearch search;
    private final RetentionPolicies policies;
    private final CenterTime centerTime;

    RecordingWebController(RecordingService recordings, RecordingSearch search, RetentionPolicies policies,
                           CenterTime centerTime) {
        this.recordings = recordings;
        this.search = search;
        this.policies = policies;
        this.centerTime = centerTime;
    }

    /**
     * The recordings the person may hear, 50 a page. {@code from} and {@code to} are days in the center's time zone,
     * both included; {@code day} (the page's former single day) means from and to that day, so old links still work.
     */
    @GetMapping("/recordings")
    String list(@RequestParam(required = false) UUID contactId, @RequestParam(required = false) Long agentId,
                @RequestParam(required = false) String phone, @RequestParam(required = false) String type,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
        if (day != null && from == null && to == null) {
            from = day;
            to = day;
        }
        if (from != null && to != null && from.isAfter(to)) {
            var first = to;
            to = from;
            from = first;
        }
        var query = new Query(contactId, agentId, phone == null ? null : phone.strip(), type, from, to);
        var filter = new RecordingSearch.Filter(contactId, agentId, query.phone(), type,
                from == null ? null : centerTime.startOfDay(from),
                to == null ? null : centerTime.startOfDay(to.plusDays(1)));
        RecordingSearch.Page result;
        try {
            result = search.page(filter, page);
        } catch (InvalidInputException e) {
            // only the number can be refused: a part of one is no search for anyone (ADR 0074)
            result = new RecordingSearch.Page(List.of(), 0, RecordingSearch.PAGE_SIZE, false);
            model.addAttribute("phoneRefused", true);
        }
        model.addAttribute("result", result);
        model.addAttribute("q", query);
        model.addAttribute("agents", search.agents());
        model.addAttribute("zone", centerTime.zone());
        return Htmx.view(request, "telephony/recordings", "rows");
    }

    @GetMapping("/recordings/{id}")
    String show(@PathVariable UUID id, Model model, HttpServletRequest request) {
        var recording = recordings.recording(id).orElseThrow(() -> new NotFoundException("recording", id));
        model.addAttribute("recording", recording);
        model.addAttribute("transcript", recordings.transcript(id).orElse(null));
        model.addAttribute("zone", centerTime.zone());
        return Htmx.view(request, "telephony/recording", "player");
    }

    /** The WAV file; Spring answers {@code Range} requests with 206 and the part asked for, so players can seek. */
    @GetMapping("/recordings/{id}/audio")
    ResponseEntity<Resource> audio(@PathVariable UUID id) {
        var path = recordings.playable(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("audio/wav"))
                .cacheControl(CacheControl.noStore())
                .header("Accept-Ranges", "bytes")
                .body(new FileSystemResource(path));
    }

    @GetMapping("/recordings/retention")
    @PreAuthorize(RetentionPolicies.EDITORS)
    String retention(Model model) {
        model.addAttribute("policies", policies.list());
        return "telephony/retention";
    }

    @PostMapping("/recordings/retention")
    @PreAuthorize(RetentionPolicies.EDITORS)
    String saveRetention(@RequestParam(required = false) String type, @RequestParam(required = false) Integer days,
                         RedirectAttributes redirect) {
        return act(redirect, () -> policies.save(type, days));
    }

    @PostMapping("/recordings/retention/{type}/delete")
    @PreAuthorize(RetentionPolicies.EDITORS)
    String deleteRetention(@PathVariable String type, RedirectAttributes redirect) {
        return act(redirect, () -> policies.delete(type));
    }

    private static String act(RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ConflictException | NotFoundException e) {
            redirect.addFlashAttribute("error", ProblemText.of(e));
        }
        return "redirect:/recordings/retention";
    }
}
