package hotline.workorder;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Time limits for a type, optionally narrowed to a category and/or an urgency. The most specific rule that matches
 * an order applies: (type, category, urgency), then (type, category), then (type, urgency), then (type).
 */
public record TimeLimitRule(Long id, @NotNull WorkOrderType type, Long categoryId, Urgency urgency,
                            @NotNull @Valid TimeLimit signOff, @NotNull @Valid TimeLimit handle,
                            @NotNull @Valid TimeLimit callback, long version) {
}
