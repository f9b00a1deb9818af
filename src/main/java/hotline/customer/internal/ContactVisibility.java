package hotline.customer.internal;

import hotline.customer.ContactType;
import hotline.platform.mask.PhoneMask;
import hotline.platform.security.Actor;

/**
 * Who sees contact values in full (ADR 0020): the people who handle customers — agents, team leads, supervisors —
 * and the system itself. Everybody else (quality inspectors, managers, administrators, department staff, and the
 * API tokens issued to their accounts) sees 138****1234, z***@example.com, wx***.
 */
final class ContactVisibility {

    private ContactVisibility() {
    }

    static boolean seesFullContacts(Actor actor) {
        return PhoneMask.shownInFullTo(actor);
    }

    static String show(ContactType type, String value, boolean masked) {
        if (!masked || value == null) {
            return value;
        }
        return switch (type) {
            case MOBILE, PHONE -> PhoneMask.mask(value);
            case EMAIL -> maskEmail(value);
            case WECHAT, OTHER -> maskText(value);
        };
    }

    static String maskPhone(String value, boolean masked) {
        return masked ? PhoneMask.mask(value) : value;
    }

    private static String maskEmail(String value) {
        int at = value.indexOf('@');
        if (at <= 0) {
            return maskText(value);
        }
        return value.charAt(0) + "***" + value.substring(at);
    }

    private static String maskText(String value) {
        String stripped = value.strip();
        return stripped.length() <= 2 ? "***" : stripped.substring(0, 2) + "***";
    }
}
