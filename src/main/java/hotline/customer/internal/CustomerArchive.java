package hotline.customer.internal;

import hotline.audit.AuditLog;
import hotline.customer.ConsentChange;
import hotline.customer.ConsentChannel;
import hotline.customer.CustomerAccess;
import hotline.customer.CustomerChange;
import hotline.customer.CustomerDoNotCallChanged;
import hotline.customer.CustomerInteraction;
import hotline.customer.CustomerPage;
import hotline.customer.CustomerQuery;
import hotline.customer.CustomerRegistered;
import hotline.customer.CustomerSensitivityChanged;
import hotline.customer.CustomerStatus;
import hotline.customer.CustomerSummary;
import hotline.customer.CustomerView;
import hotline.customer.CustomerView.AccountView;
import hotline.customer.CustomerView.AddressView;
import hotline.customer.CustomerView.ContactPointView;
import hotline.customer.Customers;
import hotline.customer.CustomersMerged;
import hotline.customer.DuplicateGroup;
import hotline.customer.DuplicateSuggestion;
import hotline.customer.NewAccount;
import hotline.customer.NewAddress;
import hotline.customer.NewContactPoint;
import hotline.customer.NewCustomer;
import hotline.customer.SensitiveFlag;
import hotline.customer.TimelineEntry;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The customer archive: commands check roles and the archive's status, write the audit trail and the timeline in
 * the same transaction, and publish events; reads mask contact values for viewers who need not see them.
 */
@Service
@Transactional
class CustomerArchive implements Customers {

    private final CustomerRepository customers;
    private final CustomerRecords records;
    private final CustomerSearch search;
    private final CustomerTimeline timeline;
    private final CustomerMerger merger;
    private final ContactValues values;
    private final CustomerViews views;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerArchive(CustomerRepository customers, CustomerRecords records, CustomerSearch search,
                    CustomerTimeline timeline, CustomerMerger merger, ContactValues values, CustomerViews views,
                    AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.customers = customers;
        this.records = records;
        this.search = search;
        this.timeline = timeline;
        this.merger = merger;
        this.values = values;
        this.views = views;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // identification and search

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(CustomerAccess.READ)
    public List<CustomerSummary> identify(String phone) {
        String normalized = values.phone(phone);
        return normalized == null ? List.of() : views.mask(search.identify(normalized));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(CustomerAccess.READ)
    public List<CustomerSummary> identifyByAccount(String accountNumber) {
        String number = ContactValues.accountNumber(accountNumber);
        return number == null || number.isEmpty() ? List.of() : views.mask(search.identifyByAccount(number));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(CustomerAccess.READ)
    public CustomerPage search(CustomerQuery query) {
        var items = search.page(query);
        // A short first page is the whole answer: no need to count.
        long total = query.page() == 0 && items.size() < query.size() ? items.size() : search.count(query);
        return new CustomerPage(views.mask(items), total, query.page(), query.size());
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(CustomerAccess.EXPORT)
    public void export(CustomerQuery query, Consumer<CustomerSummary> row) {
        boolean masked = views.masked();
        search.stream(query, summary -> row.accept(views.mask(summary, masked)));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(CustomerAccess.READ)
    public List<CustomerSummary> findByAddressPrefix(String addressPrefix, int limit) {
        if (addressPrefix == null || addressPrefix.isBlank()) {
            throw InvalidInputException.of("addressPrefix", "NotBlank", "must not be blank");
        }
        return views.mask(search.byAddressPrefix(addressPrefix, limit));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(CustomerAccess.READ)
    public Map<Long, CustomerSummary> summaries(Collection<Long> ids) {
        return views.summaries(ids);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(CustomerAccess.READ)
    public Optional<CustomerView> find(long id) {
        return customers.findById(id).map(views::view);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(CustomerAccess.READ)
    public CustomerView get(long id) {
        return views.view(load(id));
    }

    // the profile

    @Override
    @PreAuthorize(CustomerAccess.EDIT)
    public CustomerView register(NewCustomer request) {
        Instant now = clock.instant();
        String by = CurrentUser.actor().username();
        var contactPoints = new java.util.LinkedHashMap<String, NewContactPoint>();
        for (int i = 0; i < request.contactPoints().size(); i++) {
            var cp = request.contactPoints().get(i);
            String normalized = values.normalize("contactPoints[" + i + "].value", cp.type(), cp.value());
            contactPoints.putIfAbsent((cp.type().isPhone() ? "PHONE" : cp.type().name()) + ":" + normalized, cp);
        }
        var customer = customers.save(Customer.open(request.name(), request.kind(), request.gender(),
                request.vipLevel(), request.notes(), request.tags(), by, now));
        long id = customer.id;
        contactPoints.forEach((key, cp) -> records.insertContactPoint(id, cp.type(), cp.value().strip(),
                key.substring(key.indexOf(':') + 1), Customer.blankToNull(cp.label()), now, by));
        for (var account : request.accounts()) {
            insertAccount(id, account, now, by);
        }
        for (var address : request.addresses()) {
            String normalized = ContactValues.address(address.text());
            if (!records.hasAddress(id, normalized)) {
                records.insertAddress(id, address.text().strip(), normalized, Customer.blankToNull(address.district()),
                        Customer.blankToNull(address.areaCode()), now, by);
            }
        }
        audit.record("customer", id, "create", "registered customer " + customer.name, null,
                Map.of("profile", customer.auditState(), "details", views.auditSnapshot(id)));
        timeline.archiveEvent(id, "registered", null, now);
        events.publishEvent(new CustomerRegistered(id, customer.name, customer.kind));
        return views.view(customer);
    }

    @Override
    @PreAuthorize(CustomerAccess.EDIT)
    public CustomerView update(long id, CustomerChange change) {
        var customer = load(id);
        CustomerLifecycle.check(customer, CustomerLifecycle.Action.EDIT);
        if (customer.version() != change.version()) {
            throw ConflictException.staleVersion("customer", id, change.version(), customer.version());
        }
        var before = customer.auditState();
        customer.describe(change.name(), change.kind(), change.gender(), change.vipLevel(), change.notes(),
                change.tags(), clock.instant());
        customer = customers.save(customer);
        audit.record("customer", id, "update", "changed customer " + customer.name, before, customer.auditState());
        return views.view(customer);
    }

    // contact points, accounts, addresses

    @Override
    @PreAuthorize(CustomerAccess.EDIT)
    public ContactPointView addContactPoint(long customerId, NewContactPoint contactPoint) {
        lockActive(customerId, CustomerLifecycle.Action.ADD_DETAILS);
        String normalized = values.normalize("value", contactPoint.type(), contactPoint.value());
        Instant now = clock.instant();
        long id = records.insertContactPoint(customerId, contactPoint.type(), contactPoint.value().strip(), normalized,
                        Customer.blankToNull(contactPoint.label()), now, CurrentUser.actor().username())
                .orElseThrow(() -> ConflictException.duplicate("contact point", "value", contactPoint.value().strip()));
        touch(customerId, now);
        var row = records.contactPoint(customerId, id).orElseThrow();
        audit.record("customer", customerId, "add-contact-point", "added " + row.type() + " "
                + CustomerViews.auditValue(row.type(), row.value()) + " to customer " + customerId, null, null);
        return views.contactPoint(row, views.masked());
    }

    @Override
    @PreAuthorize(CustomerAccess.EDIT)
    public void removeContactPoint(long customerId, long contactPointId) {
        lockActive(customerId, CustomerLifecycle.Action.REMOVE_DETAILS);
        var row = records.contactPoint(customerId, contactPointId)
                .orElseThrow(() -> new NotFoundException("contact point", contactPointId));
        records.deleteContactPoint(contactPointId);
        touch(customerId, clock.instant());
        audit.record("customer", customerId, "remove-contact-point", "removed " + row.type() + " "
                + CustomerViews.auditValue(row.type(), row.value()) + " from customer " + customerId, null, null);
    }

    @Override
    @PreAuthorize(CustomerAccess.EDIT)
    public AccountView addAccount(long customerId, NewAccount account) {
        lockActive(customerId, CustomerLifecycle.Action.ADD_DETAILS);
        Instant now = clock.instant();
        long id = insertAccount(customerId, account, now, CurrentUser.actor().username());
        touch(customerId, now);
        var row = records.account(customerId, id).orElseThrow();
        audit.record("customer", customerId, "add-account", "added account " + row.number() + " to customer "
                + customerId, null, null);
        return CustomerViews.account(row);
    }

    @Override
    @PreAuthorize(CustomerAccess.EDIT)
    public void removeAccount(long customerId, long accountId) {
        lockActive(customerId, CustomerLifecycle.Action.REMOVE_DETAILS);
        var row = records.account(customerId, accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        records.deleteAccount(accountId);
        touch(customerId, clock.instant());
        audit.record("customer", customerId, "remove-account", "removed account " + row.number() + " from customer "
                + customerId, null, null);
    }

    @Override
    @PreAuthorize(CustomerAccess.EDIT)
    public AddressView addAddress(long customerId, NewAddress address) {
        lockActive(customerId, CustomerLifecycle.Action.ADD_DETAILS);
        String normalized = ContactValues.address(address.text());
        if (records.hasAddress(customerId, normalized)) {
            throw ConflictException.duplicate("address", "text", address.text().strip());
        }
        Instant now = clock.instant();
        long id = records.insertAddress(customerId, address.text().strip(), normalized,
                Customer.blankToNull(address.district()), Customer.blankToNull(address.areaCode()), now,
                CurrentUser.actor().username());
        touch(customerId, now);
        audit.record("customer", customerId, "add-address", "added address " + address.text().strip()
                + " to customer " + customerId, null, null);
        return CustomerViews.address(records.address(customerId, id).orElseThrow());
    }

    @Override
    @PreAuthorize(CustomerAccess.EDIT)
    public void removeAddress(long customerId, long addressId) {
        lockActive(customerId, CustomerLifecycle.Action.REMOVE_DETAILS);
        var row = records.address(customerId, addressId).orElseThrow(() -> new NotFoundException("address", addressId));
        records.deleteAddress(addressId);
        touch(customerId, clock.instant());
        audit.record("customer", customerId, "remove-address", "removed address " + row.text() + " from customer "
                + customerId, null, null);
    }

    // flags and consent

    @Override
    @PreAuthorize(CustomerAccess.FLAG_SENSITIVE)
    public CustomerView flagSensitive(long customerId, SensitiveFlag flag) {
        if (flag.sensitive() && (flag.reason() == null || flag.reason().isBlank())) {
            throw InvalidInputException.of("reason", "NotBlank", "a reason is required to mark a customer sensitive");
        }
        var customer = load(customerId);
        CustomerLifecycle.check(customer, CustomerLifecycle.Action.FLAG);
        if (customer.sensitive == flag.sensitive()
                && (!flag.sensitive() || flag.reason().strip().equals(customer.sensitiveReason))) {
            return views.view(customer);
        }
        var before = customer.auditState();
        Instant now = clock.instant();
        customer.flagSensitive(flag.sensitive(), flag.reason(), CurrentUser.actor().username(), now);
        customer = customers.save(customer);
        audit.record("customer", customerId, flag.sensitive() ? "mark-sensitive" : "clear-sensitive",
                (flag.sensitive() ? "marked customer " + customerId + " sensitive: " + customer.sensitiveReason
                        : "cleared the sensitive mark of customer " + customerId), before, customer.auditState());
        timeline.archiveEvent(customerId, flag.sensitive() ? "sensitive-set" : "sensitive-cleared",
                customer.sensitiveReason, now);
        events.publishEvent(new CustomerSensitivityChanged(customerId, customer.sensitive, customer.sensitiveReason));
        return views.view(customer);
    }

    @Override
    @PreAuthorize(CustomerAccess.EDIT)
    public CustomerView recordConsent(long customerId, ConsentChange consent) {
        var customer = load(customerId);
        CustomerLifecycle.check(customer, CustomerLifecycle.Action.CONSENT);
        Instant now = clock.instant();
        String source = consent.source().strip();
        records.insertConsent(customerId, consent.channel(), consent.granted(), now, source,
                Customer.blankToNull(consent.note()), CurrentUser.actor().username());
        audit.record("customer", customerId, consent.granted() ? "grant-consent" : "withdraw-consent",
                (consent.granted() ? "consent granted for " : "consent withdrawn for ") + consent.channel()
                        + " (" + source + ")", null, null);
        boolean doNotCall = !consent.granted();
        if (consent.channel() == ConsentChannel.PHONE && customer.doNotCall != doNotCall) {
            customer.doNotCall(doNotCall, now);
            customer = customers.save(customer);
            timeline.archiveEvent(customerId, doNotCall ? "do-not-call-set" : "do-not-call-cleared", source, now);
            events.publishEvent(new CustomerDoNotCallChanged(customerId, doNotCall));
        } else {
            touch(customerId, now);
        }
        return views.view(load(customerId));
    }

    @Override
    @PreAuthorize(CustomerAccess.EDIT)
    public CustomerView setDoNotCall(long customerId, boolean doNotCall, String source, String note) {
        if (source == null || source.isBlank()) {
            throw InvalidInputException.of("source", "NotBlank", "say how the customer asked (e.g. 客户来电要求)");
        }
        return recordConsent(customerId, new ConsentChange(ConsentChannel.PHONE, !doNotCall, source, note));
    }

    // duplicates

    @Override
    @PreAuthorize(CustomerAccess.MERGE)
    public CustomerView merge(long survivorId, List<Long> duplicateIds) {
        var survivor = merger.merge(survivorId, duplicateIds, clock.instant());
        events.publishEvent(new CustomersMerged(survivorId, List.copyOf(new java.util.LinkedHashSet<>(duplicateIds))));
        return views.view(survivor);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(CustomerAccess.MERGE)
    public List<DuplicateSuggestion> suggestDuplicates(long customerId) {
        load(customerId);
        return merger.suggestions(customerId).entrySet().stream()
                .map(e -> new DuplicateSuggestion(views.mask(e.getKey(), views.masked()), e.getValue()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(CustomerAccess.MERGE)
    public List<DuplicateGroup> duplicateCandidates(int limit) {
        boolean masked = views.masked();
        return merger.candidates(Math.max(1, Math.min(limit, 200))).stream()
                .map(g -> new DuplicateGroup(g.reason(), g.customers().stream().map(c -> views.mask(c, masked)).toList()))
                .toList();
    }

    // timeline

    @Override
    @Transactional(noRollbackFor = {NotFoundException.class, InvalidInputException.class})
    public void recordInteraction(CustomerInteraction interaction) {
        timeline.record(interaction, clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(CustomerAccess.READ)
    public List<TimelineEntry> timeline(long customerId, String kind, Long beforeId, int limit) {
        return timeline.entries(survivorOf(customerId), kind, beforeId, limit);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(CustomerAccess.READ)
    public List<String> timelineKinds(long customerId) {
        return timeline.kinds(survivorOf(customerId));
    }

    // helpers

    private long insertAccount(long customerId, NewAccount account, Instant now, String by) {
        String number = ContactValues.accountNumber(account.number());
        return records.insertAccount(customerId, number, account.type(), Customer.blankToNull(account.address()), now, by)
                .orElseThrow(() -> {
                    long holder = records.accountHolder(number).orElse(0L);
                    return new ConflictException("duplicate", "account " + number + " already belongs to customer "
                            + holder, Map.of("resource", "account", "field", "number", "value", number,
                            "customerId", holder));
                });
    }

    private Customer load(long id) {
        return customers.findById(id).orElseThrow(() -> new NotFoundException("customer", id));
    }

    private long survivorOf(long id) {
        var customer = load(id);
        return customer.mergedInto == null ? id : customer.mergedInto;
    }

    private void lockActive(long customerId, CustomerLifecycle.Action action) {
        String status = records.lockStatus(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        CustomerLifecycle.check(CustomerStatus.valueOf(status), customerId, action);
    }

    /** A detail changed: the archive counts as updated (search order), without taking the profile's version. */
    private void touch(long customerId, Instant now) {
        records.touch(customerId, now);
    }
}
