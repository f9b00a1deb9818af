package hotline.customer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Phone numbers as Hotline compares them: digits only, so that {@code +86 138-1234-1234}, {@code 008613812341234},
 * {@code 013812341234} and {@code 13812341234} are one number. Rules, applied until nothing changes:
 * <ul>
 *     <li>every character but digits is dropped; a leading {@code +} becomes the international prefix {@code 00};</li>
 *     <li>mainland China's country code ({@code +86}, {@code 0086}, or a bare {@code 86} in front of a mobile
 *     number) is removed; a landline after it gets its trunk prefix back ({@code +86 21 …} → {@code 021…});</li>
 *     <li>the long-distance {@code 0} in front of a mobile number and carrier IP-dialling prefixes (17951 …) are
 *     removed;</li>
 *     <li>with a local area code configured, a 7- or 8-digit local number gets it ({@code 65234567} →
 *     {@code 02165234567}), so a caller ID without area code finds the archive.</li>
 * </ul>
 * Other countries keep their {@code 00} prefix, so they never collide with a domestic number. The original text is
 * kept for display; only the normalized form is indexed.
 */
public final class PhoneNumbers {

    private static final List<String> IP_PREFIXES = List.of("17951", "17911", "12593", "17909");
    private static final int MAX_ROUNDS = 6;

    private PhoneNumbers() {
    }

    /** The normalized number, or {@code null} when the text holds no digit. */
    public static String normalize(String raw) {
        return normalize(raw, null);
    }

    /**
     * @param localAreaCode the center's area code with its trunk zero ({@code 021}), or null: then local numbers stay
     *                      as they are
     */
    public static String normalize(String raw, String localAreaCode) {
        String digits = digits(raw);
        if (digits == null) {
            return null;
        }
        String current = digits;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String next = step(current, localAreaCode);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    /** The digits of the text, with {@code 00} for a leading plus sign; {@code null} when there are none. */
    static String digits(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        var out = new StringBuilder(text.length() + 2);
        if (text.startsWith("+") || text.startsWith("＋")) {
            out.append("00");
        }
        text.codePoints().filter(Character::isDigit).forEach(c -> out.append(Character.forDigit(Character.digit(c, 10), 10)));
        return out.length() == 0 || out.toString().equals("00") ? null : out.toString();
    }

    private static String step(String d, String localAreaCode) {
        if (d.startsWith("0086") && d.length() > 4) {
            String national = d.substring(4);
            // +86 21 6523 4567: a landline written internationally drops its trunk zero; give it back.
            if (!isMobile(national) && national.charAt(0) != '0' && national.length() >= 9 && national.length() <= 11) {
                return "0" + national;
            }
            return national;
        }
        if (d.length() == 13 && d.startsWith("86") && isMobile(d.substring(2))) {
            return d.substring(2);
        }
        if (d.length() == 12 && d.charAt(0) == '0' && isMobile(d.substring(1))) {
            return d.substring(1);
        }
        for (String prefix : IP_PREFIXES) {
            if (d.startsWith(prefix) && d.length() > prefix.length() + 10) {
                String rest = d.substring(prefix.length());
                if (isMobile(rest) || rest.charAt(0) == '0') {
                    return rest;
                }
            }
        }
        if (localAreaCode != null && !localAreaCode.isBlank() && (d.length() == 7 || d.length() == 8)
                && d.charAt(0) >= '2' && d.charAt(0) <= '9') {
            return localAreaCode.strip() + d;
        }
        return d;
    }

    /**
     * The ways a switch commonly delivers a normalized number, written as {@link #digits} writes them (a leading
     * {@code +} as {@code 00}): for a mobile with and without {@code 86}/{@code 0086}, the long-distance zero and the
     * IP-dialling prefixes; for a landline with its trunk zero or {@code 0086} instead of it. Each normalizes back to
     * the number, so a table that keeps numbers as delivered can be searched by equality on their digits.
     */
    public static Set<String> notations(String normalized) {
        var forms = new LinkedHashSet<String>();
        if (normalized == null || normalized.isEmpty()) {
            return forms;
        }
        forms.add(normalized);
        if (isMobile(normalized)) {
            forms.add("0" + normalized);
            forms.add("86" + normalized);
            forms.add("0086" + normalized);
            IP_PREFIXES.forEach(prefix -> forms.add(prefix + normalized));
        } else if (normalized.charAt(0) == '0' && !normalized.startsWith("00")) {
            forms.add("0086" + normalized.substring(1));
            IP_PREFIXES.forEach(prefix -> forms.add(prefix + normalized));
        }
        return forms;
    }

    /** A mainland mobile number: 11 digits starting 13–19. */
    public static boolean isMobile(String digits) {
        return digits != null && digits.length() == 11 && digits.charAt(0) == '1'
                && digits.charAt(1) >= '3' && digits.charAt(1) <= '9' && digits.chars().allMatch(Character::isDigit);
    }

    /** Whether a normalized number is complete enough to identify a caller by equality (not a fragment). */
    public static boolean isComplete(String normalized) {
        if (normalized == null) {
            return false;
        }
        return isMobile(normalized)
                || (normalized.startsWith("00") && normalized.length() >= 8)
                || (normalized.startsWith("0") && normalized.length() >= 10);
    }
}
