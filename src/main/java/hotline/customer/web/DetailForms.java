package hotline.customer.web;

import hotline.customer.AccountType;
import hotline.customer.ContactType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serial;
import java.io.Serializable;

/** The small forms of the detail page's tabs; serializable, as a rejected one travels in the (JDBC) session. */
final class DetailForms {

    private DetailForms() {
    }

    static class ContactPointForm implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @NotNull
        ContactType type = ContactType.MOBILE;
        @NotBlank
        @Size(max = 100)
        String value;
        @Size(max = 50)
        String label;

        public ContactType getType() { return type; }
        public void setType(ContactType type) { this.type = type; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
    }

    static class AccountForm implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @NotBlank
        @Pattern(regexp = "^\\s*[0-9A-Za-z][0-9A-Za-z -]{2,38}[0-9A-Za-z]\\s*$")
        String number;
        @NotNull
        AccountType type = AccountType.RESIDENTIAL;
        @Size(max = 300)
        String address;

        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public AccountType getType() { return type; }
        public void setType(AccountType type) { this.type = type; }
        public String getAddress() { return address; }
        public void setAddress(String address) { this.address = address; }
    }

    static class AddressForm implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @NotBlank
        @Size(max = 300)
        String text;
        @Size(max = 50)
        String district;
        @Pattern(regexp = "^$|^[0-9]{6}$")
        String areaCode;

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getDistrict() { return district; }
        public void setDistrict(String district) { this.district = district; }
        public String getAreaCode() { return areaCode; }
        public void setAreaCode(String areaCode) { this.areaCode = areaCode; }
    }
}
