package hotline.knowledge;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/**
 * Scripts (话术): every signed-in person reads and renders them; editors write them. Variables are written
 * {@code {{customer.name}}}, {@code {{account.number}}}, {@code {{incident.wording}}} … and filled from a context map
 * the caller assembles from the current contact.
 */
public interface Scripts {

    List<ScriptView> list();

    ScriptView get(long id);

    ScriptView create(@Valid ScriptDraft draft);

    ScriptView update(long id, @Valid ScriptDraft draft);

    void delete(long id);

    RenderedScript render(long id, Map<String, String> context);

    /** {@code version} is needed for updates only. */
    record ScriptDraft(@NotBlank @Size(max = 100) String name, Long categoryId, @NotBlank @Size(max = 5000) String body,
                       Long version) {
    }
}
