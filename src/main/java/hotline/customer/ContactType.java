package hotline.customer;

/** How a customer can be reached. Mobile and landline numbers are both phone numbers for identification. */
public enum ContactType {
    MOBILE, PHONE, EMAIL, WECHAT, OTHER;

    public boolean isPhone() {
        return this == MOBILE || this == PHONE;
    }
}
