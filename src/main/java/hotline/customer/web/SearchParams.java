package hotline.customer.web;

import hotline.customer.CustomerQuery;
import org.springframework.web.util.UriComponentsBuilder;

/** The search page's filters as request parameters; the same parameters drive paging links and the export. */
class SearchParams {

    static final int PAGE_SIZE = 20;

    String name;
    String phone;
    String account;
    String address;
    String tag;
    Boolean sensitive;
    Boolean doNotCall;
    CustomerQuery.Sort sort = CustomerQuery.Sort.UPDATED;
    int page;

    CustomerQuery query(int size) {
        return new CustomerQuery(blankToNull(name), blankToNull(phone), blankToNull(account), blankToNull(address),
                blankToNull(tag), sensitive, doNotCall, false, sort, page, size);
    }

    /** The query string of these filters on another page (paging) or another path (export). */
    public String url(String path, Integer page) {
        var builder = UriComponentsBuilder.fromPath(path);
        add(builder, "name", name);
        add(builder, "phone", phone);
        add(builder, "account", account);
        add(builder, "address", address);
        add(builder, "tag", tag);
        add(builder, "sensitive", sensitive);
        add(builder, "doNotCall", doNotCall);
        add(builder, "sort", sort);
        if (page != null && page > 0) {
            builder.queryParam("page", page);
        }
        return builder.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder builder, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            builder.queryParam(name, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAccount() { return account; }
    public void setAccount(String account) { this.account = account; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getTag() { return tag; }
    public void setTag(String tag) { this.tag = tag; }
    public Boolean getSensitive() { return sensitive; }
    public void setSensitive(Boolean sensitive) { this.sensitive = sensitive; }
    public Boolean getDoNotCall() { return doNotCall; }
    public void setDoNotCall(Boolean doNotCall) { this.doNotCall = doNotCall; }
    public CustomerQuery.Sort getSort() { return sort; }
    public void setSort(CustomerQuery.Sort sort) { this.sort = sort == null ? CustomerQuery.Sort.UPDATED : sort; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(0, page); }
}
