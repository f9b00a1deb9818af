package hotline.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A service account (户号); its number is unique across all archives. */
public record NewAccount(@NotBlank @Pattern(regexp = "^\\s*[0-9A-Za-z][0-9A-Za-z -]{2,38}[0-9A-Za-z]\\s*$") String number,
                         @NotNull AccountType type, @Size(max = 300) String address) {
}
