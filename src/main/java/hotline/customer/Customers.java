package hotline.customer;

import hotline.customer.CustomerView.AccountView;
import hotline.customer.CustomerView.AddressView;
import hotline.customer.CustomerView.ContactPointView;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The customer archive facade. Every change is audited and checked against the acting person's roles; what it
 * returns is masked for roles that need not see contact values (ADR 0020). Background work must run as
 * {@code SystemActor}.
 */
public interface Customers {

    /** Identification of a caller: the active archives with this phone number, in any notation; unknown → empty. */
    List<CustomerSummary> identify(String phone);

    /** The active archive holding this service account (户号), if any (following merges). */
    List<CustomerSummary> identifyByAccount(String accountNumber);

    CustomerPage search(CustomerQuery query);

    /** Streams every match of the query (no paging) in the query's order, for exports. */
    void export(CustomerQuery query, Consumer<CustomerSummary> row);

    /** Archives whose address starts with the text (after removing spaces), e.g. the customers of an outage area. */
    List<CustomerSummary> findByAddressPrefix(String addressPrefix, int limit);

    /** Summaries by id, for modules that show names next to the ids they keep; merged ids map to their survivor. */
    Map<Long, CustomerSummary> summaries(Collection<Long> ids);

    Optional<CustomerView> find(long id);

    CustomerView get(long id);

    CustomerView register(NewCustomer customer);

    /** Applies an edit of the profile made on {@code change.version()}; a newer version answers 409. */
    CustomerView update(long id, CustomerChange change);

    ContactPointView addContactPoint(long customerId, NewContactPoint contactPoint);

    void removeContactPoint(long customerId, long contactPointId);

    AccountView addAccount(long customerId, NewAccount account);

    void removeAccount(long customerId, long accountId);

    AddressView addAddress(long customerId, NewAddress address);

    void removeAddress(long customerId, long addressId);

    CustomerView flagSensitive(long customerId, SensitiveFlag flag);

    CustomerView recordConsent(long customerId, ConsentChange consent);

    /** Shortcut for a PHONE consent: {@code doNotCall} withdraws it, {@code false} grants it again. */
    CustomerView setDoNotCall(long customerId, boolean doNotCall, String source, String note);

    /**
     * Merges the duplicates into the survivor: contact points, accounts, addresses, tags, consents and the timeline
     * move over (duplicates dropped), the duplicates point to the survivor, {@link CustomersMerged} is published.
     */
    CustomerView merge(long survivorId, List<Long> duplicateIds);

    /** Other active archives that may be the same customer as this one. */
    List<DuplicateSuggestion> suggestDuplicates(long customerId);

    /** Groups of active archives that look like one customer, largest first. */
    List<DuplicateGroup> duplicateCandidates(int limit);

    /**
     * Puts an interaction on the customer's timeline (of the survivor when the customer was merged). Process modules
     * usually publish {@link CustomerInteraction} as an event instead; both end here. Idempotent.
     */
    void recordInteraction(CustomerInteraction interaction);

    /** The timeline, newest first, optionally of one kind, older than {@code beforeId} when paging. */
    List<TimelineEntry> timeline(long customerId, String kind, Long beforeId, int limit);

    /** The kinds present on the customer's timeline, for the filter. */
    List<String> timelineKinds(long customerId);
}
