package hotline.platform.mask;

/**
 * Phone numbers shown to people who need not see them: 138****1234. Only digits are hidden; a short number keeps its
 * last two digits at most, so nothing useful leaks from extensions either.
 */
public final class PhoneMask {

    private PhoneMask() {
    }

    public static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String trimmed = phone.strip();
        int digits = (int) trimmed.chars().filter(Character::isDigit).count();
        int keepStart = digits >= 11 ? 3 : digits >= 7 ? 2 : 0;
        int keepEnd = digits >= 7 ? 4 : Math.min(2, Math.max(0, digits - 2));
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
