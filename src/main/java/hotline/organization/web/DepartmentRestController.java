package hotline.organization.web;

import hotline.organization.DepartmentChange;
import hotline.organization.DepartmentView;
import hotline.organization.Departments;
import hotline.organization.NewDepartment;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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

import java.util.List;

@Tag(name = "Departments", description = "Units work orders are dispatched to, and their staff")
@RestController
@RequestMapping("/api/v1/departments")
@PreAuthorize("isAuthenticated()")
class DepartmentRestController {

    private final Departments departments;

    DepartmentRestController(Departments departments) {
        this.departments = departments;
    }

    /** Active departments; {@code ?all=true} includes inactive ones. */
    @GetMapping
    List<DepartmentView> list(@RequestParam(defaultValue = "false") boolean all) {
        return all ? departments.listAll() : departments.listActive();
    }

    @GetMapping("/{id}")
    DepartmentView get(@PathVariable long id) {
        return departments.get(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<DepartmentView> create(@Valid @RequestBody NewDepartment department) {
        var created = departments.create(department);
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    DepartmentView update(@PathVariable long id, @Valid @RequestBody DepartmentChange change) {
        return departments.update(id, change);
    }

    @GetMapping("/{id}/staff")
    List<Long> staff(@PathVariable long id) {
        return departments.staffOf(id);
    }

    @PutMapping("/{id}/staff/{userId}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void assignStaff(@PathVariable long id, @PathVariable long userId) {
        departments.assignStaff(id, userId);
    }

    @DeleteMapping("/{id}/staff/{userId}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeStaff(@PathVariable long id, @PathVariable long userId) {
        departments.removeStaff(id, userId);
    }
}
