package hotline.customer.internal;

import hotline.customer.CustomerKind;
import hotline.customer.CustomerStatus;
import hotline.customer.Gender;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The profile of an archive: the aggregate root that carries the version editors lock on. Contact points, accounts,
 * addresses, consents and the timeline are rows of their own ({@link CustomerRecords}, {@link CustomerTimeline}):
 * the API addresses them by stable ids, and they must not be deleted and re-inserted on every save as Spring Data
 * JDBC does with an aggregate's collections.
 */
@Table(schema = "customer", name = "customer")
class Customer {

    @Id
    Long id;
    String name;
    CustomerKind kind;
    Gender gender;
    String notes;
    int vipLevel;
    boolean sensitive;
    String sensitiveReason;
    String sensitiveBy;
    Instant sensitiveAt;
    boolean doNotCall;
    CustomerStatus status;
    Long mergedInto;
    Instant mergedAt;
    Instant createdAt;
    String createdBy;
    Instant updatedAt;
    @Version
    Long version;
    @MappedCollection(idColumn = "customer")
    Set<Tag> tags = new LinkedHashSet<>();

    @Table(schema = "customer", name = "customer_tag")
    record Tag(String tag) {
    }

    static Customer open(String name, CustomerKind kind, Gender gender, Integer vipLevel, String notes,
                         Collection<String> tags, String by, Instant now) {
        var customer = new Customer();
        customer.status = CustomerStatus.ACTIVE;
        customer.createdAt = now;
        customer.createdBy = by;
        customer.describe(name, kind, gender, vipLevel, notes, tags, now);
        return customer;
    }

    void describe(String name, CustomerKind kind, Gender gender, Integer vipLevel, String notes,
                  Collection<String> tags, Instant now) {
        this.name = name.strip();
        this.kind = kind;
        this.gender = kind == CustomerKind.PERSON ? gender : null;
        this.vipLevel = vipLevel == null ? 0 : vipLevel;
        this.notes = blankToNull(notes);
        this.tags.clear();
        normalizeTags(tags).forEach(tag -> this.tags.add(new Tag(tag)));
        this.updatedAt = now;
    }

    void flagSensitive(boolean sensitive, String reason, String by, Instant now) {
        CustomerLifecycle.check(this, CustomerLifecycle.Action.FLAG);
        this.sensitive = sensitive;
        this.sensitiveReason = sensitive ? reason.strip() : null;
        this.sensitiveBy = by;
        this.sensitiveAt = now;
        this.updatedAt = now;
    }

    void doNotCall(boolean doNotCall, Instant now) {
        this.doNotCall = doNotCall;
        this.updatedAt = now;
    }

    /** Takes over what identifies the duplicate's customer as a whole: flags, VIP level, tags, notes. */
    void absorb(Customer duplicate, Instant now) {
        CustomerLifecycle.check(this, CustomerLifecycle.Action.MERGE_AS_SURVIVOR);
        if (duplicate.sensitive && !sensitive) {
            sensitive = true;
            sensitiveReason = duplicate.sensitiveReason;
            sensitiveBy = duplicate.sensitiveBy;
            sensitiveAt = duplicate.sensitiveAt;
        }
        // Keeping a do-not-call wish of either archive is the safe side.
        doNotCall = doNotCall || duplicate.doNotCall;
        vipLevel = Math.max(vipLevel, duplicate.vipLevel);
        if (gender == null) {
            gender = duplicate.gender;
        }
        duplicate.tags.forEach(tags::add);
        if (duplicate.notes != null && (notes == null || !notes.contains(duplicate.notes))) {
            notes = notes == null ? duplicate.notes : notes + "\n" + duplicate.notes;
        }
        updatedAt = now;
    }

    void mergeInto(long survivorId, Instant now) {
        CustomerLifecycle.check(this, CustomerLifecycle.Action.MERGE_AS_DUPLICATE);
        status = CustomerStatus.MERGED;
        mergedInto = survivorId;
        mergedAt = now;
        updatedAt = now;
    }

    List<String> tagNames() {
        return tags.stream().map(Tag::tag).sorted().toList();
    }

    long version() {
        return version == null ? 0 : version;
    }

    /** What the audit trail keeps of a profile (contact values are audited by their own entries). */
    AuditState auditState() {
        return new AuditState(name, kind, gender, vipLevel, notes, tagNames(), sensitive, sensitiveReason, doNotCall,
                status, mergedInto);
    }

    record AuditState(String name, CustomerKind kind, Gender gender, int vipLevel, String notes, List<String> tags,
                      boolean sensitive, String sensitiveReason, boolean doNotCall, CustomerStatus status,
                      Long mergedInto) {
    }

    static Set<String> normalizeTags(Collection<String> tags) {
        var result = new TreeSet<String>();
        if (tags != null) {
            tags.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).forEach(result::add);
        }
        return result;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
