package hotline.workorder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A node of a type's business-category tree (业务分类). */
public record Category(Long id, @NotNull WorkOrderType type, Long parentId,
                       @NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,39}$") String code,
                       @NotBlank @Size(max = 60) String name, @Size(max = 60) String nameEn, int sortOrder,
                       boolean active, long version) {
}
