package hotline.customer.web;

import hotline.customer.AccountType;
import hotline.customer.ContactType;
import hotline.customer.CustomerKind;
import hotline.customer.CustomerView;
import hotline.customer.Gender;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Arrays;
import java.util.List;

/**
 * The profile form (create and edit). Creating also takes the first phone number, account and address, so an agent
 * opens a complete archive in one go; tags are typed comma-separated.
 */
class CustomerForm {

    @NotBlank
    @Size(max = 100)
    String name;
    @NotNull
    CustomerKind kind = CustomerKind.PERSON;
    Gender gender;
    @Min(0)
    @Max(5)
    int vipLevel;
    @Size(max = 2000)
    String notes;
    @Size(max = 400)
    String tags;
    Long version;

    ContactType phoneType = ContactType.MOBILE;
    @Size(max = 100)
    String phone;
    @Pattern(regexp = "^$|^\\s*[0-9A-Za-z][0-9A-Za-z -]{2,38}[0-9A-Za-z]\\s*$")
    String accountNumber;
    AccountType accountType = AccountType.RESIDENTIAL;
    @Size(max = 300)
    String address;
    @Size(max = 50)
    String district;
    @Pattern(regexp = "^$|^[0-9]{6}$")
    String areaCode;

    static CustomerForm of(CustomerView customer) {
        var form = new CustomerForm();
        form.name = customer.name();
        form.kind = customer.kind();
        form.gender = customer.gender();
        form.vipLevel = customer.vipLevel();
        form.notes = customer.notes();
        form.tags = String.join(", ", customer.tags());
        form.version = customer.version();
        return form;
    }

    List<String> tagList() {
        return tags == null ? List.of() : Arrays.stream(tags.split("[,，;；、]")).map(String::strip)
                .filter(t -> !t.isEmpty()).distinct().toList();
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public CustomerKind getKind() { return kind; }
    public void setKind(CustomerKind kind) { this.kind = kind; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public int getVipLevel() { return vipLevel; }
    public void setVipLevel(int vipLevel) { this.vipLevel = vipLevel; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public ContactType getPhoneType() { return phoneType; }
    public void setPhoneType(ContactType phoneType) { this.phoneType = phoneType; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAccountNumber() { return accountNumber; }
    public void setAccountNumber(String accountNumber) { this.accountNumber = accountNumber; }
    public AccountType getAccountType() { return accountType; }
    public void setAccountType(AccountType accountType) { this.accountType = accountType; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public String getAreaCode() { return areaCode; }
    public void setAreaCode(String areaCode) { this.areaCode = areaCode; }
}
