package hotline.incident;

import java.util.List;
import java.util.Objects;

/**
 * Where an incident applies, as plain strings so no customer module is needed: address prefixes
 * ("东城区建设路"), district names found anywhere in an address ("东城区"), and account numbers (户号).
 */
public record IncidentArea(List<String> addressPrefixes, List<String> districts, List<String> accountNumbers) {

    public IncidentArea {
        addressPrefixes = clean(addressPrefixes);
        districts = clean(districts);
        accountNumbers = clean(accountNumbers);
    }

    public boolean isEmpty() {
        return addressPrefixes.isEmpty() && districts.isEmpty() && accountNumbers.isEmpty();
    }

    /** Whether a caller at this address or with this account number is inside the area; either may be null. */
    public boolean covers(String address, String accountNumber) {
        String account = normalize(accountNumber);
        if (account != null && accountNumbers.contains(account)) {
            return true;
        }
        String where = normalize(address);
        if (where == null) {
            return false;
        }
        return addressPrefixes.stream().anyMatch(where::startsWith) || districts.stream().anyMatch(where::contains);
    }

    /** Whitespace and full-width spaces are ignored: "东城区 建设路" and "东城区建设路" are one address. */
    static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.replaceAll("[\\s\\u3000]+", "");
        return stripped.isEmpty() ? null : stripped;
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().map(IncidentArea::normalize).filter(Objects::nonNull).distinct().toList();
    }
}
