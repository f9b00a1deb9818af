package hotline.customer;

/**
 * Filters of the archive search; any may be null. {@code name} and {@code address} match fragments;
 * {@code phone} matches a whole number, its last four digits, or a fragment of at least four digits;
 * {@code account} matches a number or its beginning. Merged archives are left out unless {@code includeMerged}.
 */
public record CustomerQuery(String name, String phone, String account, String address, String tag, Boolean sensitive,
                            Boolean doNotCall, boolean includeMerged, Sort sort, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;

    public enum Sort {
        NAME, NEWEST, UPDATED, VIP
    }

    public CustomerQuery {
        sort = sort == null ? Sort.UPDATED : sort;
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_PAGE_SIZE);
    }

    public static CustomerQuery all() {
        return new CustomerQuery(null, null, null, null, null, null, null, false, Sort.UPDATED, 0, 20);
    }

    public static CustomerQuery byName(String name) {
        return new CustomerQuery(name, null, null, null, null, null, null, false, Sort.NAME, 0, 20);
    }

    public static CustomerQuery byPhone(String phone) {
        return new CustomerQuery(null, phone, null, null, null, null, null, false, Sort.NAME, 0, 20);
    }

    public CustomerQuery withPage(int page, int size) {
        return new CustomerQuery(name, phone, account, address, tag, sensitive, doNotCall, includeMerged, sort, page,
                size);
    }

    public long offset() {
        return (long) page * size;
    }
}
