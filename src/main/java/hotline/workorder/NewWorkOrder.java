package hotline.workorder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an agent records at intake (受理). The customer fields are copies shown on the order; {@code customerId} links
 * the customer archive when the caller was identified. {@code departmentId} dispatches at once; {@code onSpotReply}
 * resolves on the spot (当场办结) instead.
 */
public record NewWorkOrder(
        @NotNull WorkOrderType type,
        Long categoryId,
        @NotNull Urgency urgency,
        boolean confidential,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 10_000) String description,
        @NotNull Channel channel,
        @Size(max = 100) String contactRef,
        Long customerId,
        @Size(max = 100) String customerName,
        @Pattern(regexp = "^$|^[0-9+\\- ]{3,20}$") String customerPhone,
        @Size(max = 300) String customerAddress,
        @Size(max = 40) String accountNumber,
        Long departmentId,
        @Size(max = 10_000) String onSpotReply) {
}
