package hotline.customer.web;

import hotline.customer.ConsentChange;
import hotline.customer.CustomerAccess;
import hotline.customer.CustomerChange;
import hotline.customer.CustomerQuery;
import hotline.customer.CustomerSummary;
import hotline.customer.CustomerView;
import hotline.customer.CustomerView.AccountView;
import hotline.customer.CustomerView.AddressView;
import hotline.customer.CustomerView.ContactPointView;
import hotline.customer.Customers;
import hotline.customer.DuplicateSuggestion;
import hotline.customer.NewAccount;
import hotline.customer.NewAddress;
import hotline.customer.NewContactPoint;
import hotline.customer.NewCustomer;
import hotline.customer.SensitiveFlag;
import hotline.customer.TimelineEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.util.List;

@Tag(name = "Customers", description = "The customer archive: identification of callers, search, details, merge of "
        + "duplicates, timeline. Contact values are masked for roles that do not handle customers (phoneMasked).")
@RestController
@RequestMapping("/api/v1/customers")
@PreAuthorize(CustomerAccess.READ)
class CustomerRestController {

    private final Customers customers;

    CustomerRestController(Customers customers) {
        this.customers = customers;
    }

    @Operation(summary = "Identify a caller or search the archive", description = """
            With only `phone` (or only `account`) this is the identification of a caller: an exact match on the \
            number in any notation (+86 138…, 0086…, 138-…), answered from the index, `[]` when the number is \
            unknown — never an error. Otherwise a search: `phone` also matches the last four digits or a fragment of \
            at least four digits; the total count is in the `X-Total-Count` header.""")
    @GetMapping
    ResponseEntity<List<CustomerSummary>> search(@RequestParam(required = false) String phone,
                                                 @RequestParam(required = false) String account,
                                                 @RequestParam(required = false) String name,
                                                 @RequestParam(required = false) String address,
                                                 @RequestParam(required = false) String tag,
                                                 @RequestParam(required = false) Boolean sensitive,
                                                 @RequestParam(required = false) Boolean doNotCall,
                                                 @RequestParam(defaultValue = "false") boolean includeMerged,
                                                 @RequestParam(required = false) CustomerQuery.Sort sort,
                                                 @RequestParam(defaultValue = "0") int page,
                                                 @RequestParam(defaultValue = "20") int size) {
        boolean otherFilters = name != null || address != null || tag != null || sensitive != null
                || doNotCall != null || includeMerged;
        if (phone != null && account == null && !otherFilters) {
            return ResponseEntity.ok(customers.identify(phone));
        }
        if (account != null && phone == null && !otherFilters) {
            return ResponseEntity.ok(customers.identifyByAccount(account));
        }
        var result = customers.search(new CustomerQuery(name, phone, account, address, tag, sensitive, doNotCall,
                includeMerged, sort, page, size));
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(result.total())).body(result.items());
    }

    @GetMapping("/{id}")
    CustomerView get(@PathVariable long id) {
        return customers.get(id);
    }

    @PostMapping
    @PreAuthorize(CustomerAccess.EDIT)
    ResponseEntity<CustomerView> create(@Valid @RequestBody NewCustomer customer) {
        var created = customers.register(customer);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize(CustomerAccess.EDIT)
    CustomerView update(@PathVariable long id, @Valid @RequestBody CustomerChange change) {
        return customers.update(id, change);
    }

    @PostMapping("/{id}/contact-points")
    @PreAuthorize(CustomerAccess.EDIT)
    @ResponseStatus(HttpStatus.CREATED)
    ContactPointView addContactPoint(@PathVariable long id, @Valid @RequestBody NewContactPoint contactPoint) {
        return customers.addContactPoint(id, contactPoint);
    }

    @DeleteMapping("/{id}/contact-points/{contactPointId}")
    @PreAuthorize(CustomerAccess.EDIT)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeContactPoint(@PathVariable long id, @PathVariable long contactPointId) {
        customers.removeContactPoint(id, contactPointId);
    }

    @PostMapping("/{id}/accounts")
    @PreAuthorize(CustomerAccess.EDIT)
    @ResponseStatus(HttpStatus.CREATED)
    AccountView addAccount(@PathVariable long id, @Valid @RequestBody NewAccount account) {
        return customers.addAccount(id, account);
    }

    @DeleteMapping("/{id}/accounts/{accountId}")
    @PreAuthorize(CustomerAccess.EDIT)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeAccount(@PathVariable long id, @PathVariable long accountId) {
        customers.removeAccount(id, accountId);
    }

    @PostMapping("/{id}/addresses")
    @PreAuthorize(CustomerAccess.EDIT)
    @ResponseStatus(HttpStatus.CREATED)
    AddressView addAddress(@PathVariable long id, @Valid @RequestBody NewAddress address) {
        return customers.addAddress(id, address);
    }

    @DeleteMapping("/{id}/addresses/{addressId}")
    @PreAuthorize(CustomerAccess.EDIT)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeAddress(@PathVariable long id, @PathVariable long addressId) {
        customers.removeAddress(id, addressId);
    }

    @PostMapping("/{id}/sensitive")
    @PreAuthorize(CustomerAccess.FLAG_SENSITIVE)
    CustomerView flagSensitive(@PathVariable long id, @Valid @RequestBody SensitiveRequest request) {
        return customers.flagSensitive(id, new SensitiveFlag(request.sensitive(), request.reason()));
    }

    record SensitiveRequest(@NotNull Boolean sensitive, @Size(max = 500) String reason) {
    }

    @PostMapping("/{id}/do-not-call")
    @PreAuthorize(CustomerAccess.EDIT)
    CustomerView doNotCall(@PathVariable long id, @Valid @RequestBody DoNotCallRequest request) {
        return customers.setDoNotCall(id, request.doNotCall(), request.source(), request.note());
    }

    record DoNotCallRequest(@NotNull Boolean doNotCall, @NotBlank @Size(max = 100) String source,
                            @Size(max = 500) String note) {
    }

    @PostMapping("/{id}/consents")
    @PreAuthorize(CustomerAccess.EDIT)
    CustomerView recordConsent(@PathVariable long id, @Valid @RequestBody ConsentChange consent) {
        return customers.recordConsent(id, consent);
    }

    @GetMapping("/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable long id, @RequestParam(required = false) String kind,
                                 @RequestParam(required = false) Long beforeId,
                                 @RequestParam(defaultValue = "50") int limit) {
        return customers.timeline(id, kind, beforeId, limit);
    }

    @GetMapping("/{id}/duplicates")
    @PreAuthorize(CustomerAccess.MERGE)
    List<DuplicateSuggestion> duplicates(@PathVariable long id) {
        return customers.suggestDuplicates(id);
    }

    @Operation(summary = "Merge duplicates into a survivor",
            description = "Contact points, accounts, addresses, tags, consents and the timeline move to the survivor; "
                    + "the duplicates become read-only and point to it. Publishes CustomersMerged.")
    @PostMapping("/merge")
    @PreAuthorize(CustomerAccess.MERGE)
    CustomerView merge(@Valid @RequestBody MergeRequest request) {
        return customers.merge(request.survivorId(), request.duplicateIds());
    }

    record MergeRequest(@NotNull Long survivorId, @NotEmpty @Size(max = 20) List<@NotNull Long> duplicateIds) {
    }
}
