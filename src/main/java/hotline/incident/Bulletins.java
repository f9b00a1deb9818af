package hotline.incident;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Bulletins for the morning briefing: leads write them, everyone reads the current ones. */
public interface Bulletins {

    List<Bulletin> current();

    List<Bulletin> all();

    Bulletin get(long id);

    Bulletin create(@Valid BulletinDraft draft);

    Bulletin update(long id, @Valid BulletinDraft draft);

    void delete(long id);

    /** {@code version} is needed for updates only. */
    record BulletinDraft(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 5000) String body,
                         @NotNull LocalDate validFrom, LocalDate validUntil, Long version) {
    }
}
