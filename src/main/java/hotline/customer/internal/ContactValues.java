package hotline.customer.internal;

import hotline.customer.ContactType;
import hotline.customer.PhoneNumbers;
import hotline.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a contact value against its type and gives the form that is indexed and compared. Phone numbers go through
 * {@link PhoneNumbers} with the center's local area code ({@code hotline.customer.local-area-code}, e.g. 021), so a
 * caller ID without area code still finds the archive; account numbers and addresses are compacted here too.
 */
@Component
class ContactValues {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern AREA_CODE = Pattern.compile("^0[1-9][0-9]{1,2}$");

    private final String localAreaCode;

    ContactValues(@Value("${hotline.customer.local-area-code:}") String localAreaCode) {
        String code = localAreaCode == null ? "" : localAreaCode.strip();
        if (!code.isEmpty() && !AREA_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("hotline.customer.local-area-code must look like 021 or 0571, not " + code);
        }
        this.localAreaCode = code.isEmpty() ? null : code;
    }

    /** The normalized phone number, or null when the text holds no digits. */
    String phone(String raw) {
        return PhoneNumbers.normalize(raw, localAreaCode);
    }

    String normalize(String field, ContactType type, String value) {
        String stripped = value == null ? "" : value.strip();
        return switch (type) {
            case MOBILE -> {
                String n = phone(stripped);
                if (n == null || !(PhoneNumbers.isMobile(n) || (n.startsWith("00") && n.length() >= 9 && n.length() <= 20))) {
                    throw InvalidInputException.of(field, "MobileNumber", "is not a mobile number");
                }
                yield n;
            }
            case PHONE -> {
                String n = phone(stripped);
                if (n == null || n.length() < 5 || n.length() > 20) {
                    throw InvalidInputException.of(field, "PhoneNumber", "is not a phone number");
                }
                yield n;
            }
            case EMAIL -> {
                if (!EMAIL.matcher(stripped).matches()) {
                    throw InvalidInputException.of(field, "EmailAddress", "is not an email address");
                }
                yield stripped.toLowerCase(Locale.ROOT);
            }
            case WECHAT, OTHER -> {
                if (stripped.isEmpty()) {
                    throw InvalidInputException.of(field, "NotBlank", "must not be blank");
                }
                yield stripped.toLowerCase(Locale.ROOT);
            }
        };
    }

    /** 户号 as stored: upper case, without spaces and hyphens. */
    static String accountNumber(String raw) {
        return raw == null ? null : raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** An address without white space, so "张杨路 500 弄" and "张杨路500弄" are one address. */
    static String address(String raw) {
        return raw == null ? null : raw.replaceAll("\\s+", "");
    }
}
