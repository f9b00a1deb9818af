package hotline.customer;

import hotline.HotlineWebTest;
import hotline.audit.AuditLog;
import hotline.audit.AuditQuery;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Instant;
import java.util.List;

import static hotline.customer.CustomerFixtures.accountNumber;
import static hotline.customer.CustomerFixtures.mobile;
import static hotline.customer.CustomerFixtures.person;
import static hotline.customer.CustomerFixtures.register;
import static hotline.customer.CustomerFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Merging duplicates: everything follows the survivor, lookups by old numbers find it, the duplicates freeze. */
@HotlineWebTest
@RecordApplicationEvents
class CustomerMergeTests {

    @Autowired
    Customers customers;
    @Autowired
    AuditLog audit;
    @Autowired
    ApplicationEvents events;

    @Test
    void movesDetailsTagsConsentsAndTimelineToTheSurvivorAndKeepsDuplicatesOnce() {
        String shared = mobile();
        String ownPhone = mobile();
        String account = accountNumber();
        String name = uniqueName("王");
        var survivor = register(customers, person(name, shared, null, "上海市浦东新区张杨路500弄3号"));
        var duplicate = register(customers, new NewCustomer(name, CustomerKind.PERSON, Gender.MALE, 2, "老客户",
                List.of("光伏用户"),
                List.of(new NewContactPoint(ContactType.MOBILE, "+86 " + shared, null),
                        new NewContactPoint(ContactType.MOBILE, ownPhone, "家属")),
                List.of(new NewAccount(account, AccountType.RESIDENTIAL, null)),
                List.of(new NewAddress("上海市浦东新区张杨路 500弄 3号", null, null),
                        new NewAddress("上海市黄浦区中华路1号", null, null))));
        Acting.run(() -> customers.setDoNotCall(duplicate.id(), true, "客户来电要求", null), Role.AGENT);
        SystemActor.run(() -> customers.recordInteraction(new CustomerInteraction(duplicate.id(),
                Instant.parse("2026-03-01T02:00:00Z"), "call", "CALL-1", "咨询电费", null)));

        var merged = Acting.as(() -> customers.merge(survivor.id(), List.of(duplicate.id())), Role.TEAM_LEAD);

        assertThat(merged.contactPoints()).extracting(CustomerView.ContactPointView::value)
                .containsExactlyInAnyOrder(shared, ownPhone);
        assertThat(merged.accounts()).extracting(CustomerView.AccountView::number).containsExactly(account);
        assertThat(merged.addresses()).extracting(CustomerView.AddressView::text)
                .containsExactlyInAnyOrder("上海市浦东新区张杨路500弄3号", "上海市黄浦区中华路1号");
        assertThat(merged.tags()).containsExactly("光伏用户");
        assertThat(merged.vipLevel()).isEqualTo(2);
        assertThat(merged.doNotCall()).isTrue();
        assertThat(merged.consents()).hasSize(1);
        assertThat(merged.notes()).contains("老客户");
        assertThat(SystemActor.call(() -> customers.timeline(survivor.id(), "call", null, 10)))
                .extracting(TimelineEntry::reference).containsExactly("CALL-1");
        assertThat(SystemActor.call(() -> customers.timeline(survivor.id(), "archive", null, 10)))
                .extracting(TimelineEntry::reference).contains("merged");
    }

    @Test
    void lookupsByTheDuplicatesNumbersAndAccountsFindTheSurvivor() {
        String phone = mobile();
        String account = accountNumber();
        var survivor = register(customers, person(uniqueName("李"), mobile(), null, null));
        var duplicate = register(customers, person(uniqueName("李"), phone, account, null));
        Acting.run(() -> customers.merge(survivor.id(), List.of(duplicate.id())), Role.SUPERVISOR);

        assertThat(SystemActor.call(() -> customers.identify(phone))).extracting(CustomerSummary::id)
                .containsExactly(survivor.id());
        assertThat(SystemActor.call(() -> customers.identifyByAccount(account))).extracting(CustomerSummary::id)
                .containsExactly(survivor.id());
        assertThat(SystemActor.call(() -> customers.summaries(List.of(duplicate.id()))).get(duplicate.id()).id())
                .isEqualTo(survivor.id());
        assertThat(SystemActor.call(() -> customers.search(CustomerQuery.byPhone(phone))).items())
                .extracting(CustomerSummary::id).containsExactly(survivor.id());
    }

    @Test
    void theDuplicateFreezesAndPointsToTheSurvivor() {
        var survivor = register(customers, person(uniqueName("张"), mobile(), null, null));
        var duplicate = register(customers, person(uniqueName("张"), mobile(), null, null));
        Acting.run(() -> customers.merge(survivor.id(), List.of(duplicate.id())), Role.TEAM_LEAD);

        var frozen = SystemActor.call(() -> customers.get(duplicate.id()));
        assertThat(frozen.status()).isEqualTo(CustomerStatus.MERGED);
        assertThat(frozen.mergedInto()).isEqualTo(survivor.id());
        assertThat(frozen.contactPoints()).isEmpty();
        assertThatThrownBy(() -> Acting.as(() -> customers.update(duplicate.id(), new CustomerChange("改名",
                CustomerKind.PERSON, null, 0, null, List.of(), frozen.version())), Role.AGENT))
                .isInstanceOf(ConflictException.class).hasMessageContaining("is MERGED");
        assertThatThrownBy(() -> SystemActor.call(() -> customers.addContactPoint(duplicate.id(),
                new NewContactPoint(ContactType.MOBILE, mobile(), null))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("is MERGED");
        assertThat(SystemActor.call(() -> customers.search(CustomerQuery.byName(frozen.name()))).items())
                .extracting(CustomerSummary::id).doesNotContain(duplicate.id());
    }

    @Test
    void publishesCustomersMergedAndAuditsBothSides() {
        var survivor = register(customers, person(uniqueName("赵"), mobile(), null, null));
        var one = register(customers, person(uniqueName("赵"), mobile(), null, null));
        var two = register(customers, person(uniqueName("赵"), mobile(), null, null));
        Acting.run(() -> customers.merge(survivor.id(), List.of(one.id(), two.id(), one.id())), Role.TEAM_LEAD);

        assertThat(events.stream(CustomersMerged.class))
                .contains(new CustomersMerged(survivor.id(), List.of(one.id(), two.id())));
        assertThat(audit.search(AuditQuery.forEntity("customer", String.valueOf(survivor.id()))))
                .extracting(e -> e.action()).contains("merge");
        assertThat(audit.search(AuditQuery.forEntity("customer", String.valueOf(one.id()))))
                .extracting(e -> e.action()).contains("merged");
    }

    @Test
    void archivesMergedEarlierFollowTheNextMerge() {
        var first = register(customers, person(uniqueName("孙"), mobile(), null, null));
        var second = register(customers, person(uniqueName("孙"), mobile(), null, null));
        var third = register(customers, person(uniqueName("孙"), mobile(), null, null));
        Acting.run(() -> customers.merge(second.id(), List.of(first.id())), Role.TEAM_LEAD);
        Acting.run(() -> customers.merge(third.id(), List.of(second.id())), Role.TEAM_LEAD);

        assertThat(SystemActor.call(() -> customers.get(first.id())).mergedInto()).isEqualTo(third.id());
        assertThat(SystemActor.call(() -> customers.identify(first.contactPoints().get(0).value())))
                .extracting(CustomerSummary::id).containsExactly(third.id());
    }

    @Test
    void refusesMergesThatMakeNoSense() {
        var a = register(customers, person(uniqueName("周"), mobile(), null, null));
        var b = register(customers, person(uniqueName("周"), mobile(), null, null));
        assertThatThrownBy(() -> Acting.as(() -> customers.merge(a.id(), List.of()), Role.TEAM_LEAD))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Acting.as(() -> customers.merge(a.id(), List.of(a.id(), b.id())), Role.TEAM_LEAD))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Acting.as(() -> customers.merge(a.id(), List.of(987_654_321L)), Role.TEAM_LEAD))
                .isInstanceOf(NotFoundException.class);
        Acting.run(() -> customers.merge(a.id(), List.of(b.id())), Role.TEAM_LEAD);
        assertThatThrownBy(() -> Acting.as(() -> customers.merge(b.id(), List.of(a.id())), Role.TEAM_LEAD))
                .isInstanceOf(ConflictException.class).hasMessage("cannot merge into: customer " + b.id() + " is MERGED");
        assertThat(SystemActor.call(() -> customers.get(a.id())).status()).isEqualTo(CustomerStatus.ACTIVE);
    }

    @Test
    void onlyLeadsAndSupervisorsMerge() {
        var a = register(customers, person(uniqueName("吴"), mobile(), null, null));
        var b = register(customers, person(uniqueName("吴"), mobile(), null, null));
        for (Role role : List.of(Role.AGENT, Role.QA, Role.MANAGER, Role.ADMIN, Role.DEPARTMENT)) {
            assertThatThrownBy(() -> Acting.as(() -> customers.merge(a.id(), List.of(b.id())), role)).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void suggestsArchivesWithTheSameNumberOrTheSameNameAndAddress() {
        String phone = mobile();
        String name = uniqueName("郑");
        var original = register(customers, person(name, phone, null, "上海市徐汇区漕溪北路88号"));
        var samePhone = register(customers, person(uniqueName("另"), "0" + phone, null, null));
        var sameHome = register(customers, person(name, mobile(), null, "上海市徐汇区 漕溪北路 88号"));
        register(customers, person(name, mobile(), null, "上海市徐汇区漕溪北路99号"));

        var suggestions = Acting.as(() -> customers.suggestDuplicates(original.id()), Role.TEAM_LEAD);
        assertThat(suggestions).extracting(s -> s.customer().id()).containsExactlyInAnyOrder(samePhone.id(), sameHome.id());
        assertThat(suggestions).filteredOn(s -> s.customer().id() == samePhone.id()).singleElement()
                .satisfies(s -> assertThat(s.reasons()).containsExactly(DuplicateReason.SAME_PHONE));
        assertThat(Acting.as(() -> customers.duplicateCandidates(200), Role.TEAM_LEAD))
                .anySatisfy(g -> assertThat(g.ids()).containsExactlyInAnyOrder(original.id(), samePhone.id()))
                .anySatisfy(g -> assertThat(g.ids()).containsExactlyInAnyOrder(original.id(), sameHome.id()));
    }
}
