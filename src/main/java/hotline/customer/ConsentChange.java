package hotline.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The customer grants or withdraws consent for a channel; {@code source} says how we know (客户来电要求, 书面申请,
 * 营业厅登记 …). A withdrawn PHONE consent makes the customer do-not-call.
 */
public record ConsentChange(@NotNull ConsentChannel channel, @NotNull Boolean granted,
                            @NotBlank @Size(max = 100) String source, @Size(max = 500) String note) {
}
