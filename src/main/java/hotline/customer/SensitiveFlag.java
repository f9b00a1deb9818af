package hotline.customer;

import jakarta.validation.constraints.Size;

/** Marks a customer as sensitive (敏感客户) with the reason, or clears the mark; a reason is required to set it. */
public record SensitiveFlag(boolean sensitive, @Size(max = 500) String reason) {
}
