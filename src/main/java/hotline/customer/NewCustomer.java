package hotline.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What it takes to open an archive: a name and a kind; contact points, accounts and addresses may come along. */
public record NewCustomer(
        @NotBlank @Size(max = 100) String name,
        @NotNull CustomerKind kind,
        Gender gender,
        @Min(0) @Max(5) Integer vipLevel,
        @Size(max = 2000) String notes,
        @Size(max = 20) List<@NotBlank @Size(max = 30) String> tags,
        @Size(max = 20) List<@Valid @NotNull NewContactPoint> contactPoints,
        @Size(max = 50) List<@Valid @NotNull NewAccount> accounts,
        @Size(max = 20) List<@Valid @NotNull NewAddress> addresses) {

    public NewCustomer {
        tags = tags == null ? List.of() : List.copyOf(tags);
        contactPoints = contactPoints == null ? List.of() : List.copyOf(contactPoints);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    /** A person with one phone number: the screen pop's quick form. */
    public static NewCustomer person(String name, String phone) {
        var type = PhoneNumbers.isMobile(PhoneNumbers.normalize(phone)) ? ContactType.MOBILE : ContactType.PHONE;
        return new NewCustomer(name, CustomerKind.PERSON, null, 0, null, List.of(),
                phone == null || phone.isBlank() ? List.of() : List.of(new NewContactPoint(type, phone, null)),
                List.of(), List.of());
    }
}
