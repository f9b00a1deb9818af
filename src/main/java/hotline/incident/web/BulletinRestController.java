package hotline.incident.web;

import hotline.incident.Bulletin;
import hotline.incident.Bulletins;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
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

import java.util.List;

@Tag(name = "Bulletins", description = "Notices for the morning briefing (晨会)")
@RestController
@RequestMapping("/api/v1/bulletins")
@PreAuthorize("isAuthenticated()")
class BulletinRestController {

    private final Bulletins bulletins;

    BulletinRestController(Bulletins bulletins) {
        this.bulletins = bulletins;
    }

    @GetMapping
    List<Bulletin> list(@RequestParam(defaultValue = "true") boolean current) {
        return current ? bulletins.current() : bulletins.all();
    }

    @GetMapping("/{id}")
    Bulletin get(@PathVariable long id) {
        return bulletins.get(id);
    }

    @PostMapping
    @PreAuthorize(IncidentRoles.LEADS)
    @ResponseStatus(HttpStatus.CREATED)
    Bulletin create(@Valid @RequestBody Bulletins.BulletinDraft draft) {
        return bulletins.create(draft);
    }

    @PutMapping("/{id}")
    @PreAuthorize(IncidentRoles.LEADS)
    Bulletin update(@PathVariable long id, @Valid @RequestBody Bulletins.BulletinDraft draft) {
        return bulletins.update(id, draft);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(IncidentRoles.LEADS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        bulletins.delete(id);
    }
}
