package hotline.identity.web;

import hotline.identity.NewUser;
import hotline.identity.UserChange;
import hotline.identity.UserQuery;
import hotline.identity.UserView;
import hotline.identity.Users;
import hotline.platform.security.Role;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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

@Tag(name = "Users", description = "Accounts and roles (administrators)")
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
class UserRestController {

    private final Users users;

    UserRestController(Users users) {
        this.users = users;
    }

    @GetMapping
    List<UserView> list(@RequestParam(required = false) String text, @RequestParam(required = false) Role role,
                        @RequestParam(required = false) Boolean enabled) {
        return users.list(new UserQuery(text, role, enabled));
    }

    @GetMapping("/{id}")
    UserView get(@PathVariable long id) {
        return users.get(id);
    }

    @PostMapping
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser user) {
        var created = users.create(user);
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @PutMapping("/{id}")
    UserView update(@PathVariable long id, @Valid @RequestBody UserChange change) {
        return users.update(id, change);
    }

    record PasswordReset(@NotBlank String password) {
    }

    @PostMapping("/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable long id, @Valid @RequestBody PasswordReset reset) {
        users.resetPassword(id, reset.password());
    }
}
