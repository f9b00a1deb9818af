package hotline.routing.internal;

import hotline.customer.Customers;
import hotline.platform.security.SystemActor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who calls and how urgent they are: a known customer's archive id, and priority +2 for a VIP, +1 for a sensitive
 * customer (敏感客户: complaints escalate fast). Runs off the router's thread (it reads the customer archive).
 */
@Component
class CallerPriority {

    record Caller(Long customerId, int priority) {
        static final Caller UNKNOWN = new Caller(null, 0);
    }

    private final ObjectProvider<Customers> customers;

    CallerPriority(ObjectProvider<Customers> customers) {
        this.customers = customers;
    }

    Caller of(String callerNumber) {
        var archive = customers.getIfAvailable();
        if (archive == null || callerNumber == null || callerNumber.isBlank()) {
            return Caller.UNKNOWN;
        }
        var found = SystemActor.call(() -> archive.identify(callerNumber));
        if (found.isEmpty()) {
            return Caller.UNKNOWN;
        }
        var customer = found.get(0);
        int priority = (customer.vipLevel() > 0 ? 2 : 0) + (customer.sensitive() ? 1 : 0);
        return new Caller(customer.id(), priority);
    }
}
