package hotline.customer;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.List;

import static hotline.customer.CustomerFixtures.accountNumber;
import static hotline.customer.CustomerFixtures.mobile;
import static hotline.customer.CustomerFixtures.person;
import static hotline.customer.CustomerFixtures.register;
import static hotline.customer.CustomerFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The archive's console pages, as full pages and as htmx fragments, in both languages. */
@HotlineWebTest
class CustomerPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Customers customers;

    @Test
    void theSearchPageIsAWholePageAndItsLiveFilterAnswersOnlyTheResults() throws Exception {
        var customer = register(customers, person(uniqueName("页面"), mobile(), null, null));
        mvc.perform(get("/customers").param("lang", "zh_CN").with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<nav")))
                .andExpect(content().string(containsString("客户档案")));
        mvc.perform(get("/customers").header("HX-Request", "true").param("name", customer.name())
                        .with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<nav"))))
                .andExpect(content().string(containsString("/customers/" + customer.id())));
        mvc.perform(get("/customers").param("lang", "en").with(TestUsers.as(Role.AGENT)))
                .andExpect(content().string(containsString("New customer")));
    }

    @Test
    void aTooShortPhoneFilterShowsAHintInsteadOfAnError() throws Exception {
        mvc.perform(get("/customers").header("HX-Request", "true").param("phone", "13").param("lang", "en")
                        .with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at least 4 digits")));
    }

    @Test
    void readOnlyRolesSeeNoEditingControls() throws Exception {
        var customer = register(customers, person(uniqueName("只读"), mobile(), null, null));
        mvc.perform(get("/customers/" + customer.id()).with(TestUsers.as(Role.QA)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"edit-customer\""))))
                .andExpect(content().string(not(containsString("id=\"contact-form\""))))
                .andExpect(content().string(not(containsString("id=\"sensitive-form\""))));
        mvc.perform(get("/customers/" + customer.id()).with(TestUsers.as(Role.AGENT)))
                .andExpect(content().string(containsString("id=\"edit-customer\"")))
                .andExpect(content().string(containsString("id=\"contact-form\"")))
                .andExpect(content().string(not(containsString("id=\"sensitive-form\""))));
    }

    @Test
    void createsACustomerFromTheFormAndKeepsTheFormOnErrors() throws Exception {
        String name = uniqueName("表单");
        String phone = mobile();
        var created = mvc.perform(post("/customers").with(TestUsers.as(Role.AGENT)).with(csrf())
                        .param("name", name).param("kind", "PERSON").param("vipLevel", "0").param("tags", "老年用户，光伏用户")
                        .param("phoneType", "MOBILE").param("phone", phone).param("accountNumber", accountNumber())
                        .param("accountType", "RESIDENTIAL").param("address", "上海市虹口区四川北路1号")
                        .param("district", "虹口区").param("areaCode", "310109"))
                .andExpect(status().is3xxRedirection()).andReturn();
        var customer = SystemActor.call(() -> customers.identify(phone)).get(0);
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/customers/" + customer.id());
        assertThat(customer.tags()).containsExactly("光伏用户", "老年用户");

        mvc.perform(post("/customers").with(TestUsers.as(Role.AGENT)).with(csrf()).param("lang", "en")
                        .param("name", "留下的名字").param("kind", "PERSON").param("phoneType", "MOBILE").param("phone", "12345"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("is not a mobile number")))
                .andExpect(content().string(containsString("value=\"留下的名字\"")));
    }

    @Test
    void anAccountNumberTakenByAnotherArchiveIsShownWithThatArchive() throws Exception {
        String account = accountNumber();
        var holder = register(customers, person(uniqueName("户主"), null, account, null));
        mvc.perform(post("/customers").with(TestUsers.as(Role.AGENT)).with(csrf()).param("lang", "en")
                        .param("name", "另一个人").param("kind", "PERSON").param("accountNumber", account)
                        .param("accountType", "RESIDENTIAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already belongs to customer archive #" + holder.id())));
    }

    @Test
    void aStaleEditComesBackWithTheFormAndAWarning() throws Exception {
        var customer = register(customers, person(uniqueName("并发"), mobile(), null, null));
        mvc.perform(get("/customers/" + customer.id() + "/edit").with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + customer.name() + "\"")));
        mvc.perform(post("/customers/" + customer.id()).with(TestUsers.as(Role.AGENT)).with(csrf())
                        .param("name", "甲改").param("kind", "PERSON").param("version", String.valueOf(customer.version())))
                .andExpect(redirectedUrl("/customers/" + customer.id()));
        mvc.perform(post("/customers/" + customer.id()).with(TestUsers.as(Role.AGENT)).with(csrf()).param("lang", "en")
                        .param("name", "乙改").param("kind", "PERSON").param("version", String.valueOf(customer.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record")))
                .andExpect(content().string(containsString("value=\"乙改\"")));
    }

    @Test
    void theDetailPageHasItsTabsAndTheTimelineFilterAnswersOnlyTheEntries() throws Exception {
        var customer = register(customers, person(uniqueName("详情"), mobile(), accountNumber(), "上海市杨浦区控江路1号"));
        customers.recordInteraction(new CustomerInteraction(customer.id(), java.time.Instant.parse("2026-01-05T02:00:00Z"),
                "work-order", "GD-77", "报修：停电", "/work-orders/77"));
        mvc.perform(get("/customers/" + customer.id()).param("tab", "timeline").param("lang", "zh_CN")
                        .with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"panel-contacts\"")))
                .andExpect(content().string(containsString("id=\"panel-accounts\"")))
                .andExpect(content().string(containsString("id=\"panel-addresses\"")))
                .andExpect(content().string(containsString("建立档案")))
                .andExpect(content().string(containsString("href=\"/work-orders/77\"")));
        mvc.perform(get("/customers/" + customer.id() + "/timeline").param("kind", "work-order")
                        .header("HX-Request", "true").with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<nav"))))
                .andExpect(content().string(containsString("GD-77")))
                .andExpect(content().string(not(containsString("建立档案"))));
    }

    @Test
    void aMergedArchiveRedirectsToItsSurvivor() throws Exception {
        var survivor = register(customers, person(uniqueName("存"), mobile(), null, null));
        var duplicate = register(customers, person(uniqueName("并"), mobile(), null, null));
        Acting.run(() -> customers.merge(survivor.id(), List.of(duplicate.id())), Role.TEAM_LEAD);
        mvc.perform(get("/customers/" + duplicate.id()).with(TestUsers.as(Role.AGENT)))
                .andExpect(redirectedUrl("/customers/" + survivor.id()));
    }

    @Test
    void addsAContactPointFromItsTabAndShowsARejectedOneWithItsError() throws Exception {
        var customer = register(customers, person(uniqueName("联系"), null, null, null));
        String phone = mobile();
        mvc.perform(post("/customers/" + customer.id() + "/contact-points").with(TestUsers.as(Role.AGENT)).with(csrf())
                        .param("type", "MOBILE").param("value", phone).param("label", "本人"))
                .andExpect(redirectedUrl("/customers/" + customer.id() + "?tab=contacts"));
        assertThat(SystemActor.call(() -> customers.identify(phone))).extracting(CustomerSummary::id)
                .containsExactly(customer.id());

        MvcResult rejected = mvc.perform(post("/customers/" + customer.id() + "/contact-points")
                        .with(TestUsers.as(Role.AGENT)).with(csrf()).param("type", "MOBILE").param("value", phone))
                .andExpect(redirectedUrl("/customers/" + customer.id() + "?tab=contacts")).andReturn();
        // The rejected form travels to the tab in the flash (MockMvc cannot replay a flash through Spring Session).
        var errors = (org.springframework.validation.BindingResult) rejected.getFlashMap()
                .get(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX + "contactForm");
        assertThat(errors.getFieldError("value")).isNotNull()
                .satisfies(e -> assertThat(e.getCodes()).contains("customer.contact.taken"));
        assertThat(rejected.getFlashMap().get("contactForm")).extracting("value").isEqualTo(phone);
    }

    @Test
    void marksSensitiveAndDoNotCallFromTheProfileTab() throws Exception {
        var customer = register(customers, person(uniqueName("标记"), mobile(), null, null));
        MvcResult missing = mvc.perform(post("/customers/" + customer.id() + "/sensitive").param("lang", "en")
                        .with(TestUsers.as(Role.TEAM_LEAD)).with(csrf()).param("sensitive", "true"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(missing.getFlashMap().get("flagError")).isNotNull();
        mvc.perform(post("/customers/" + customer.id() + "/sensitive").with(TestUsers.as(Role.TEAM_LEAD)).with(csrf())
                        .param("sensitive", "true").param("reason", "向监管部门反映"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/customers/" + customer.id() + "/do-not-call").with(TestUsers.as(Role.AGENT)).with(csrf())
                        .param("doNotCall", "true").param("source", "客户来电要求"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/customers/" + customer.id()).with(TestUsers.as(Role.AGENT)))
                .andExpect(content().string(containsString("id=\"sensitive-banner\"")))
                .andExpect(content().string(containsString("向监管部门反映")))
                .andExpect(content().string(containsString("id=\"dnc-banner\"")));
    }

    @Test
    void theScreenPopShowsOneCustomerOffersAChoiceOrAQuickForm() throws Exception {
        String phone = mobile();
        var only = register(customers, person(uniqueName("弹屏"), phone, null, null));
        mvc.perform(get("/customers/pop").param("phone", phone).header("HX-Request", "true").with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<nav"))))
                .andExpect(content().string(containsString("id=\"pop-customer\"")))
                .andExpect(content().string(containsString(only.name())));

        var second = register(customers, person(uniqueName("弹屏"), phone, null, null));
        mvc.perform(get("/customers/pop").param("phone", phone).header("HX-Request", "true").with(TestUsers.as(Role.AGENT)))
                .andExpect(content().string(containsString("id=\"pop-choices\"")))
                .andExpect(content().string(containsString(second.name())));
        mvc.perform(get("/customers/pop").param("phone", phone).param("id", String.valueOf(second.id()))
                        .header("HX-Request", "true").with(TestUsers.as(Role.AGENT)))
                .andExpect(content().string(containsString("id=\"pop-customer\"")))
                .andExpect(content().string(containsString(second.name())));

        String unknown = mobile();
        mvc.perform(get("/customers/pop").param("phone", unknown).header("HX-Request", "true").with(TestUsers.as(Role.AGENT)))
                .andExpect(content().string(containsString("id=\"pop-new\"")));
        mvc.perform(post("/customers/pop").param("phone", unknown).param("name", "").header("HX-Request", "true")
                        .with(TestUsers.as(Role.AGENT)).with(csrf()))
                .andExpect(content().string(containsString("is-invalid")));
        String name = uniqueName("新来电");
        mvc.perform(post("/customers/pop").param("phone", unknown).param("name", name).header("HX-Request", "true")
                        .with(TestUsers.as(Role.AGENT)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pop-customer\"")))
                .andExpect(content().string(containsString(name)));
        assertThat(SystemActor.call(() -> customers.identify(unknown))).extracting(CustomerSummary::name).containsExactly(name);
    }

    @Test
    void theMergePageComparesSideBySideAndMerges() throws Exception {
        String phone = mobile();
        String name = uniqueName("合并");
        var a = register(customers, person(name, phone, null, null));
        var b = register(customers, person(name, "+86" + phone, accountNumber(), null));
        mvc.perform(get("/customers/merge").with(TestUsers.as(Role.TEAM_LEAD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"duplicate-groups\"")));
        mvc.perform(get("/customers/merge").param("ids", String.valueOf(a.id()), String.valueOf(b.id()))
                        .with(TestUsers.as(Role.TEAM_LEAD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"merge-comparison\"")))
                .andExpect(content().string(containsString("id=\"survivor-" + b.id() + "\"")))
                .andExpect(content().string(containsString("<tr class=\"table-warning\">")));
        mvc.perform(post("/customers/merge").with(TestUsers.as(Role.TEAM_LEAD)).with(csrf())
                        .param("survivor", String.valueOf(b.id())).param("ids", String.valueOf(a.id()), String.valueOf(b.id())))
                .andExpect(redirectedUrl("/customers/" + b.id()));
        assertThat(SystemActor.call(() -> customers.get(a.id())).mergedInto()).isEqualTo(b.id());
        MvcResult again = mvc.perform(post("/customers/merge").with(TestUsers.as(Role.TEAM_LEAD)).with(csrf())
                        .param("survivor", String.valueOf(a.id())).param("ids", String.valueOf(a.id()), String.valueOf(b.id())))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(again.getFlashMap().get("mergeError")).asString().contains("is now Merged, so this cannot be done");
    }
}
