package hotline.incident.web;

import hotline.incident.HotIssueView;
import hotline.incident.HotIssues;
import hotline.incident.TopicLoad;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

@Tag(name = "Hot issues", description = "热点: observations in, rising topics out")
@RestController
@RequestMapping("/api/v1/hot-issues")
@PreAuthorize(IncidentRoles.LEADS)
class HotIssueRestController {

    private final HotIssues hotIssues;

    HotIssueRestController(HotIssues hotIssues) {
        this.hotIssues = hotIssues;
    }

    @GetMapping
    List<HotIssueView> recent(@RequestParam(defaultValue = "24") int hours) {
        return hotIssues.recent(Duration.ofHours(Math.max(1, Math.min(hours, 24 * 31))));
    }

    @GetMapping("/forming")
    List<TopicLoad> forming(@RequestParam(defaultValue = "20") int limit) {
        return hotIssues.forming(limit);
    }

    record HotIssueDetail(HotIssueView issue, List<String> references) {
    }

    @GetMapping("/{id}")
    HotIssueDetail get(@PathVariable long id) {
        return new HotIssueDetail(hotIssues.get(id), hotIssues.references(id));
    }

    @PostMapping("/{id}/acknowledge")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void acknowledge(@PathVariable long id) {
        hotIssues.acknowledge(id);
    }

    /** One contact or work order, for systems outside Hotline (a chat platform, a department system). */
    record Observation(@NotBlank @Size(max = 100) String category, @Size(max = 100) String area, Instant at,
                       @NotBlank @Size(max = 100) String reference) {
    }

    @PostMapping("/observations")
    @PreAuthorize("hasAnyRole('AGENT','TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void observe(@Valid @RequestBody Observation observation) {
        hotIssues.observe(observation.category(), observation.area(), observation.at(), observation.reference());
    }
}
