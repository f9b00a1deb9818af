package hotline.customer;

import java.util.List;

/** One page of search results and how many there are in all. */
public record CustomerPage(List<CustomerSummary> items, long total, int page, int size) {

    public CustomerPage {
        items = List.copyOf(items);
    }

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
