package hotline.platform.mask;

import hotline.platform.security.Actor;
import hotline.platform.security.Role;

/**
 * Phone numbers shown to people who need not see them: 138****1234 (mobile numbers keep the prefix that names the
 * carrier and the last four digits), 65234567 becomes ****4567, and a short number keeps its last two digits at most.
 * Only digits are hidden; separators stay.
 */
public final class PhoneMask {

    private PhoneMask() {
    }

    /**
     * Who sees contact values in full (ADR 0020): the people who handle customers — agents, team leads,
     * supervisors — and the system. Everybody else (quality inspectors, managers, administrators, and the API tokens
     * issued to their accounts) sees 138****1234.
     */
    public static boolean shownInFullTo(Actor actor) {
        return actor.isSystem() || actor.hasAny(Role.AGENT, Role.TEAM_LEAD, Role.SUPERVISOR);
    }

    /** The number as {@code actor} may see it. */
    public static String forViewer(Actor actor, String phone) {
        return shownInFullTo(actor) ? phone : mask(phone);
    }

    public static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String trimmed = phone.strip();
        int digits = (int) trimmed.chars().filter(Character::isDigit).count();
        int keepStart = digits >= 11 ? 3 : 0;
        int keepEnd = digits >= 7 ? Math.min(4, digits - 4) : Math.min(2, Math.max(0, digits - 2));
        var out = new StringBuilder(trimmed.length());
        int seen = 0;
        for (char c : trimmed.toCharArray()) {
            if (Character.isDigit(c)) {
                boolean visible = seen < keepStart || seen >= digits - keepEnd;
                out.append(visible ? c : '*');
                seen++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
