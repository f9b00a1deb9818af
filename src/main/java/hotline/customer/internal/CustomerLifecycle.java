package hotline.customer.internal;

import hotline.customer.CustomerStatus;
import hotline.platform.ConflictException;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What an archive in each status allows. A merged archive is history: it keeps its profile for the record and its
 * pointer to the survivor, and nothing may change it any more.
 */
final class CustomerLifecycle {

    enum Action {
        EDIT, ADD_DETAILS, REMOVE_DETAILS, FLAG, CONSENT, MERGE_AS_SURVIVOR, MERGE_AS_DUPLICATE
    }

    static final Map<CustomerStatus, Set<Action>> ALLOWED = Map.of(
            CustomerStatus.ACTIVE, EnumSet.allOf(Action.class),
            CustomerStatus.MERGED, EnumSet.noneOf(Action.class));

    private CustomerLifecycle() {
    }

    static boolean allows(CustomerStatus status, Action action) {
        return ALLOWED.get(status).contains(action);
    }

    static void check(CustomerStatus status, long id, Action action) {
        if (!allows(status, action)) {
            throw ConflictException.illegalTransition("customer", id, status, verb(action));
        }
    }

    static void check(Customer customer, Action action) {
        check(customer.status, customer.id == null ? 0 : customer.id, action);
    }

    static String verb(Action action) {
        return switch (action) {
            case EDIT -> "edit";
            case ADD_DETAILS -> "add details to";
            case REMOVE_DETAILS -> "remove details from";
            case FLAG -> "flag";
            case CONSENT -> "record consent of";
            case MERGE_AS_SURVIVOR -> "merge into";
            case MERGE_AS_DUPLICATE -> "merge";
        };
    }
}
