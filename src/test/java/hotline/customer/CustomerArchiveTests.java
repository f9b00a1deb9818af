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

import java.util.List;

import static hotline.customer.CustomerFixtures.accountNumber;
import static hotline.customer.CustomerFixtures.mobile;
import static hotline.customer.CustomerFixtures.person;
import static hotline.customer.CustomerFixtures.register;
import static hotline.customer.CustomerFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The archive facade on a real PostgreSQL: registration, identification, search, edits, flags, audit. */
@HotlineWebTest
@RecordApplicationEvents
class CustomerArchiveTests {

    @Autowired
    Customers customers;
    @Autowired
    AuditLog audit;
    @Autowired
    ApplicationEvents events;

    @Test
    void registersACustomerWithDetailsAndAuditsIt() {
        String phone = mobile();
        String account = accountNumber();
        var created = register(customers, person(uniqueName("张"), phone, account, "上海市浦东新区张杨路500弄3号1201室"));

        var view = SystemActor.call(() -> customers.get(created.id()));
        assertThat(view.contactPoints()).extracting(CustomerView.ContactPointView::value).containsExactly(phone);
        assertThat(view.accounts()).extracting(CustomerView.AccountView::number).containsExactly(account);
        assertThat(view.addresses()).extracting(CustomerView.AddressView::areaCode).containsExactly("310115");
        assertThat(view.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(events.stream(CustomerRegistered.class)).anyMatch(e -> e.customerId() == created.id());
        var entries = SystemActor.call(() -> audit.search(AuditQuery.forEntity("customer", String.valueOf(created.id()))));
        assertThat(entries).extracting(e -> e.action()).contains("create");
        assertThat(entries.get(0).after()).doesNotContain(phone).contains(phone.substring(0, 3) + "****");
    }

    @Test
    void identifiesACallerWhicheverWayTheNumberIsWritten() {
        String phone = mobile();
        var created = register(customers, person(uniqueName("李"), phone, null, null));
        String spaced = "+86 " + phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);

        for (String notation : List.of(phone, spaced, "0086" + phone, "0" + phone, "86-" + phone)) {
            assertThat(SystemActor.call(() -> customers.identify(notation))).as(notation)
                    .extracting(CustomerSummary::id).containsExactly(created.id());
        }
    }

    @Test
    void identifyingAnUnknownOrMalformedNumberGivesAnEmptyList() {
        assertThat(SystemActor.call(() -> customers.identify(mobile()))).isEmpty();
        assertThat(SystemActor.call(() -> customers.identify("anonymous"))).isEmpty();
        assertThat(SystemActor.call(() -> customers.identify(""))).isEmpty();
        assertThat(SystemActor.call(() -> customers.identify(null))).isEmpty();
    }

    @Test
    void identifiesEveryArchiveThatSharesANumber() {
        String phone = mobile();
        var first = register(customers, person(uniqueName("王"), phone, null, null));
        var second = register(customers, person(uniqueName("王"), phone, null, null));
        assertThat(SystemActor.call(() -> customers.identify(phone))).extracting(CustomerSummary::id)
                .containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void identifiesByAccountNumberIgnoringSpacesAndHyphens() {
        String account = accountNumber();
        var created = register(customers, person(uniqueName("赵"), null, account, "上海市黄浦区中华路1号"));
        String written = account.substring(0, 4) + "-" + account.substring(4, 7) + " " + account.substring(7);
        assertThat(SystemActor.call(() -> customers.identifyByAccount(written))).extracting(CustomerSummary::id)
                .containsExactly(created.id());
        assertThat(SystemActor.call(() -> customers.identifyByAccount(accountNumber()))).isEmpty();
    }

    @Test
    void searchesByNameFragmentPhoneEndingAccountPrefixAddressTagAndFlag() {
        String name = uniqueName("欧阳");
        String phone = mobile();
        String account = accountNumber();
        String street = uniqueName("测试路");
        var created = register(customers, new NewCustomer(name + "明", CustomerKind.PERSON, null, 2, null,
                List.of("光伏用户"), List.of(new NewContactPoint(ContactType.MOBILE, phone, null)),
                List.of(new NewAccount(account, AccountType.RESIDENTIAL, null)),
                List.of(new NewAddress("上海市徐汇区" + street + "8号", "徐汇区", "310104"))));
        register(customers, person(uniqueName("无关"), mobile(), null, null));

        assertThat(find(new CustomerQuery(name.substring(2), null, null, null, null, null, null, false, null, 0, 20)))
                .containsExactly(created.id());
        assertThat(find(new CustomerQuery(name, phone.substring(7), null, null, null, null, null, false, null, 0, 20)))
                .containsExactly(created.id());
        assertThat(find(new CustomerQuery(null, phone.substring(2, 9), null, null, null, null, null, false, null, 0, 20)))
                .contains(created.id());
        assertThat(find(new CustomerQuery(null, null, account.substring(0, 8), null, null, null, null, false, null, 0, 20)))
                .contains(created.id());
        assertThat(find(new CustomerQuery(null, null, null, street, null, null, null, false, null, 0, 20)))
                .containsExactly(created.id());
        assertThat(find(new CustomerQuery(name, null, null, null, "光伏用户", false, null, false, null, 0, 20)))
                .containsExactly(created.id());
        assertThat(find(new CustomerQuery(name, null, null, null, "低保户", null, null, false, null, 0, 20))).isEmpty();
        assertThat(find(new CustomerQuery(name, null, null, null, null, true, null, false, null, 0, 20))).isEmpty();
    }

    @Test
    void treatsLikeWildcardsInSearchTextLiterally() {
        String name = uniqueName("百分");
        register(customers, person(name, mobile(), null, null));
        assertThat(find(CustomerQuery.byName(name.substring(0, 2) + "%"))).isEmpty();
        assertThat(find(CustomerQuery.byName("_" + name.substring(1)))).isEmpty();
    }

    @Test
    void pagesAndCountsSearchResults() {
        String name = uniqueName("分页");
        for (int i = 0; i < 5; i++) {
            register(customers, person(name + i, mobile(), null, null));
        }
        var first = SystemActor.call(() -> customers.search(CustomerQuery.byName(name).withPage(0, 2)));
        var last = SystemActor.call(() -> customers.search(CustomerQuery.byName(name).withPage(2, 2)));
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.items()).extracting(CustomerSummary::name).containsExactly(name + 0, name + 1);
        assertThat(first.hasNext()).isTrue();
        assertThat(last.items()).extracting(CustomerSummary::name).containsExactly(name + 4);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.pages()).isEqualTo(3);
    }

    @Test
    void refusesAPhoneFilterOfFewerThanFourDigits() {
        assertThatThrownBy(() -> SystemActor.call(() -> customers.search(CustomerQuery.byPhone("138"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).field()).isEqualTo("phone"));
    }

    @Test
    void refusesAStaleEdit() {
        var created = register(customers, person(uniqueName("孙"), mobile(), null, null));
        var change = new CustomerChange("新名字", CustomerKind.PERSON, null, 1, "备注", List.of("老年用户"), created.version());
        var updated = Acting.as(() -> customers.update(created.id(), change), Role.AGENT);
        assertThat(updated.name()).isEqualTo("新名字");
        assertThat(updated.tags()).containsExactly("老年用户");
        assertThat(updated.version()).isGreaterThan(created.version());
        assertThatThrownBy(() -> Acting.as(() -> customers.update(created.id(), change), Role.AGENT))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).code()).isEqualTo("stale-version"));
    }

    @Test
    void anAccountNumberBelongsToOneArchiveAndTheConflictNamesIt() {
        String account = accountNumber();
        var holder = register(customers, person(uniqueName("周"), null, account, null));
        var other = register(customers, person(uniqueName("吴"), null, null, null));
        assertThatThrownBy(() -> SystemActor.call(() -> customers.addAccount(other.id(),
                new NewAccount(" " + account + " ", AccountType.RESIDENTIAL, null))))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).details()).containsEntry("customerId", holder.id()));
    }

    @Test
    void keepsEachNumberOncePerCustomerWhateverItsNotation() {
        String phone = mobile();
        var created = register(customers, person(uniqueName("郑"), phone, null, null));
        assertThatThrownBy(() -> SystemActor.call(() -> customers.addContactPoint(created.id(),
                new NewContactPoint(ContactType.PHONE, "+86 " + phone, null))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void checksContactValuesAgainstTheirType() {
        var created = register(customers, person(uniqueName("钱"), null, null, null));
        assertThatThrownBy(() -> SystemActor.call(() -> customers.addContactPoint(created.id(),
                new NewContactPoint(ContactType.MOBILE, "12345", null))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).rule()).isEqualTo("MobileNumber"));
        assertThatThrownBy(() -> SystemActor.call(() -> customers.addContactPoint(created.id(),
                new NewContactPoint(ContactType.EMAIL, "not-an-address", null))))
                .isInstanceOf(InvalidInputException.class);
        var email = SystemActor.call(() -> customers.addContactPoint(created.id(),
                new NewContactPoint(ContactType.EMAIL, "Qian.Li@Example.COM", "单位")));
        assertThat(email.value()).isEqualTo("Qian.Li@Example.COM");
    }

    @Test
    void removesDetailsOfItsOwnArchiveOnly() {
        var owner = register(customers, person(uniqueName("冯"), mobile(), accountNumber(), "上海市静安区南京西路1号"));
        var other = register(customers, person(uniqueName("陈"), null, null, null));
        long contactPointId = owner.contactPoints().get(0).id();
        assertThatThrownBy(() -> SystemActor.run(() -> customers.removeContactPoint(other.id(), contactPointId)))
                .isInstanceOf(NotFoundException.class);
        SystemActor.run(() -> customers.removeContactPoint(owner.id(), contactPointId));
        SystemActor.run(() -> customers.removeAccount(owner.id(), owner.accounts().get(0).id()));
        SystemActor.run(() -> customers.removeAddress(owner.id(), owner.addresses().get(0).id()));
        var view = SystemActor.call(() -> customers.get(owner.id()));
        assertThat(view.contactPoints()).isEmpty();
        assertThat(view.accounts()).isEmpty();
        assertThat(view.addresses()).isEmpty();
    }

    @Test
    void marksASensitiveCustomerOnlyWithAReasonAndRecordsWhoAndWhen() {
        var created = register(customers, person(uniqueName("褚"), mobile(), null, null));
        assertThatThrownBy(() -> Acting.as(() -> customers.flagSensitive(created.id(), new SensitiveFlag(true, " ")),
                Role.TEAM_LEAD)).isInstanceOf(InvalidInputException.class);
        var flagged = Acting.as(() -> customers.flagSensitive(created.id(), new SensitiveFlag(true, "向监管部门反映")),
                Role.TEAM_LEAD);
        assertThat(flagged.sensitive()).isTrue();
        assertThat(flagged.sensitiveReason()).isEqualTo("向监管部门反映");
        assertThat(flagged.sensitiveBy()).isEqualTo("tester");
        assertThat(flagged.sensitiveAt()).isNotNull();
        assertThat(events.stream(CustomerSensitivityChanged.class))
                .anyMatch(e -> e.customerId() == created.id() && e.sensitive());
        assertThat(SystemActor.call(() -> customers.timeline(created.id(), "archive", null, 10)))
                .extracting(TimelineEntry::reference).contains("sensitive-set", "registered");
        var cleared = Acting.as(() -> customers.flagSensitive(created.id(), new SensitiveFlag(false, null)), Role.SUPERVISOR);
        assertThat(cleared.sensitive()).isFalse();
        assertThat(cleared.sensitiveReason()).isNull();
    }

    @Test
    void agentsMayNotMarkCustomersSensitive() {
        var created = register(customers, person(uniqueName("卫"), mobile(), null, null));
        assertThatThrownBy(() -> Acting.as(() -> customers.flagSensitive(created.id(), new SensitiveFlag(true, "投诉")),
                Role.AGENT)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void doNotCallIsAWithdrawnPhoneConsentWithItsSource() {
        var created = register(customers, person(uniqueName("蒋"), mobile(), null, null));
        var dnc = Acting.as(() -> customers.setDoNotCall(created.id(), true, "客户来电要求", "不接受营销外呼"), Role.AGENT);
        assertThat(dnc.doNotCall()).isTrue();
        assertThat(dnc.consents()).singleElement().satisfies(c -> {
            assertThat(c.channel()).isEqualTo(ConsentChannel.PHONE);
            assertThat(c.granted()).isFalse();
            assertThat(c.source()).isEqualTo("客户来电要求");
        });
        assertThat(events.stream(CustomerDoNotCallChanged.class)).anyMatch(e -> e.customerId() == created.id() && e.doNotCall());
        var sms = Acting.as(() -> customers.recordConsent(created.id(),
                new ConsentChange(ConsentChannel.SMS, false, "书面申请", null)), Role.AGENT);
        assertThat(sms.doNotCall()).isTrue();
        var allowed = Acting.as(() -> customers.setDoNotCall(created.id(), false, "客户来电要求", null), Role.AGENT);
        assertThat(allowed.doNotCall()).isFalse();
        assertThat(allowed.consents()).hasSize(3);
        assertThatThrownBy(() -> Acting.as(() -> customers.setDoNotCall(created.id(), true, "", null), Role.AGENT))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void findsCustomersByAddressPrefixIgnoringSpaces() {
        String road = uniqueName("停电路");
        var inside = register(customers, person(uniqueName("沈"), mobile(), null, "上海市闵行区" + road + "12弄3号"));
        register(customers, person(uniqueName("韩"), mobile(), null, "上海市闵行区其他路12弄3号"));
        assertThat(SystemActor.call(() -> customers.findByAddressPrefix("上海市 闵行区 " + road, 100)))
                .extracting(CustomerSummary::id).containsExactly(inside.id());
    }

    @Test
    void unknownCustomersAreNotFound() {
        assertThatThrownBy(() -> SystemActor.call(() -> customers.get(987_654_321L))).isInstanceOf(NotFoundException.class);
        assertThat(SystemActor.call(() -> customers.find(987_654_321L))).isEmpty();
    }

    private List<Long> find(CustomerQuery query) {
        return SystemActor.call(() -> customers.search(query)).items().stream().map(CustomerSummary::id).toList();
    }
}
