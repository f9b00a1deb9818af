package hotline.telephony.recording;

import hotline.platform.web.ProblemText;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The recordings list, one recording with its player and transcript, the audio itself, and retention. */
@Controller
@PreAuthorize("isAuthenticated()")
class RecordingWebController {

    private final RecordingService recordings;
    private final RetentionPolicies policies;
    private final hotline.platform.time.CenterTime centerTime;

    RecordingWebController(RecordingService recordings, RetentionPolicies policies,
                           hotline.platform.time.CenterTime centerTime) {
        this.recordings = recordings;
        this.policies = policies;
        this.centerTime = centerTime;
    }

    @GetMapping("/recordings")
    String list(@RequestParam(required = false) UUID contactId, @RequestParam(required = false) String type,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                Model model, HttpServletRequest request) {
        Instant from = day == null ? null : day.atStartOfDay(centerTime.zone()).toInstant();
        Instant to = day == null ? null : day.plusDays(1).atStartOfDay(centerTime.zone()).toInstant();
        model.addAttribute("recordings", recordings.search(new RecordingService.Filter(contactId, null, type, from, to,
                100)));
        model.addAttribute("contactId", contactId);
        model.addAttribute("type", type);
        model.addAttribute("day", day);
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
