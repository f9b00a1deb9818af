package hotline.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A phone number, email address or WeChat id as the customer gave it; {@code label} says whose (本人, 家属, 单位). */
public record NewContactPoint(@NotNull ContactType type, @NotBlank @Size(max = 100) String value,
                              @Size(max = 50) String label) {
}
