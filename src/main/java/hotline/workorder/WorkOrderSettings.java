package hotline.workorder;

import java.util.List;

/**
 * The configurable rules of the loop: the business-category tree of each type, each type's loop policy, and the time
 * limits. Everyone may read them (the intake form needs them); administrators change them, audited.
 */
public interface WorkOrderSettings {

    /** The active departments an order may be dispatched to. */
    List<DispatchTarget> dispatchTargets();

    List<Category> categories(WorkOrderType type);

    List<Category> allCategories();

    Category saveCategory(Category category);

    List<TypePolicy> typePolicies();

    TypePolicy saveTypePolicy(TypePolicy policy);

    List<TimeLimitRule> timeLimits();

    TimeLimitRule saveTimeLimit(TimeLimitRule rule);

    void deleteTimeLimit(long id);
}
