package hotline.customer;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static hotline.customer.CustomerFixtures.accountNumber;
import static hotline.customer.CustomerFixtures.mobile;
import static hotline.customer.CustomerFixtures.person;
import static hotline.customer.CustomerFixtures.register;
import static hotline.customer.CustomerFixtures.uniqueName;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The customer API's contract, error bodies included. */
@HotlineWebTest
class CustomerApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Customers customers;

    @Test
    void identifiesACallerByPhoneAndAnswersAnEmptyListForUnknownNumbers() throws Exception {
        String phone = mobile();
        var created = register(customers, person(uniqueName("张"), phone, null, null));
        mvc.perform(get("/api/v1/customers").param("phone", "+86 " + phone).with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(created.id()))
                .andExpect(jsonPath("$[0].phones[0]").value(phone))
                .andExpect(jsonPath("$[0].phoneMasked").value(false));
        mvc.perform(get("/api/v1/customers").param("phone", mobile()).with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/v1/customers").param("phone", "12").with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void identifiesByAccountNumber() throws Exception {
        String account = accountNumber();
        var created = register(customers, person(uniqueName("李"), null, account, null));
        mvc.perform(get("/api/v1/customers").param("account", account).with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(created.id()))
                .andExpect(jsonPath("$[0].accountNumbers[0]").value(account));
    }

    @Test
    void searchesWithFiltersAndSaysHowManyMatchInAll() throws Exception {
        String name = uniqueName("检索");
        for (int i = 0; i < 3; i++) {
            register(customers, person(name + i, mobile(), null, null));
        }
        mvc.perform(get("/api/v1/customers").param("name", name).param("sort", "NAME").param("size", "2")
                        .with(TestUsers.as(Role.QA)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "3"))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].name").value(name + 0));
        mvc.perform(get("/api/v1/customers").param("name", name).param("phone", "12").with(TestUsers.as(Role.QA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phone"));
        mvc.perform(get("/api/v1/customers").param("sort", "SIDEWAYS").with(TestUsers.as(Role.QA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
    }

    @Test
    void createsACustomerAndAnswers201WithLocation() throws Exception {
        String phone = mobile();
        String account = accountNumber();
        var result = mvc.perform(json(post("/api/v1/customers"), """
                        {"name":"陈静","kind":"PERSON","gender":"FEMALE","vipLevel":1,"tags":["老年用户"],
                         "contactPoints":[{"type":"MOBILE","value":"%s","label":"本人"}],
                         "accounts":[{"number":"%s","type":"RESIDENTIAL","address":"上海市长宁区天山路1号"}],
                         "addresses":[{"text":"上海市长宁区天山路1号","district":"长宁区","areaCode":"310105"}]}
                        """.formatted(phone, account)).with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("陈静"))
                .andExpect(jsonPath("$.contactPoints[0].value").value(phone))
                .andExpect(jsonPath("$.accounts[0].number").value(account))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn();
        long id = hotline.platform.security.SystemActor.call(() -> customers.identifyByAccount(account)).get(0).id();
        org.assertj.core.api.Assertions.assertThat(result.getResponse().getHeader("Location"))
                .endsWith("/api/v1/customers/" + id);
    }

    @Test
    void listsEachInvalidFieldWithItsRule() throws Exception {
        mvc.perform(json(post("/api/v1/customers"), """
                        {"name":"","vipLevel":9,"contactPoints":[{"type":"MOBILE","value":""}],
                         "accounts":[{"number":"#","type":"RESIDENTIAL"}],"addresses":[{"text":"x","areaCode":"12"}]}
                        """).with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "kind", "vipLevel",
                        "contactPoints[0].value", "accounts[0].number", "addresses[0].areaCode")))
                .andExpect(jsonPath("$.errors[?(@.field=='vipLevel')].rule").value(hasItem("Max")));
        mvc.perform(json(post("/api/v1/customers"), """
                        {"name":"某人","kind":"PERSON","contactPoints":[{"type":"MOBILE","value":"12345"}]}
                        """).with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contactPoints[0].value"))
                .andExpect(jsonPath("$.errors[0].rule").value("MobileNumber"));
        mvc.perform(json(post("/api/v1/customers"), "{\"name\":\"某人\",\"kind\":\"ALIEN\"}").with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
    }

    @Test
    void answers404ForAnUnknownCustomer() throws Exception {
        mvc.perform(get("/api/v1/customers/987654321").with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.resource").value("customer"))
                .andExpect(jsonPath("$.id").value(987654321));
    }

    @Test
    void answers409ToAnEditOfAStaleVersion() throws Exception {
        var created = register(customers, person(uniqueName("王"), mobile(), null, null));
        String body = "{\"name\":\"王改\",\"kind\":\"PERSON\",\"vipLevel\":0,\"version\":%d}";
        mvc.perform(json(put("/api/v1/customers/" + created.id()), body.formatted(created.version()))
                        .with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("王改"));
        mvc.perform(json(put("/api/v1/customers/" + created.id()), body.formatted(created.version()))
                        .with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("stale-version"))
                .andExpect(jsonPath("$.expectedVersion").value(created.version()))
                .andExpect(jsonPath("$.currentVersion").value(created.version() + 1));
        mvc.perform(json(put("/api/v1/customers/" + created.id()), "{\"name\":\"王改\",\"kind\":\"PERSON\"}")
                        .with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void addsAndRemovesContactPointsAccountsAndAddresses() throws Exception {
        var created = register(customers, person(uniqueName("赵"), null, null, null));
        String base = "/api/v1/customers/" + created.id();
        String phone = mobile();
        var contact = mvc.perform(json(post(base + "/contact-points"), "{\"type\":\"MOBILE\",\"value\":\"%s\"}".formatted(phone))
                        .with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.value").value(phone))
                .andReturn();
        long contactId = com.jayway.jsonpath.JsonPath.<Number>read(contact.getResponse().getContentAsString(), "$.id").longValue();
        mvc.perform(json(post(base + "/contact-points"), "{\"type\":\"PHONE\",\"value\":\"0086%s\"}".formatted(phone))
                        .with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("duplicate"));
        mvc.perform(delete(base + "/contact-points/" + contactId).with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isNoContent());
        mvc.perform(delete(base + "/contact-points/" + contactId).with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isNotFound());

        String account = accountNumber();
        mvc.perform(json(post(base + "/accounts"), "{\"number\":\"%s\",\"type\":\"NON_RESIDENTIAL\"}".formatted(account))
                        .with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("NON_RESIDENTIAL"));
        var other = register(customers, person(uniqueName("钱"), null, null, null));
        mvc.perform(json(post("/api/v1/customers/" + other.id() + "/accounts"),
                        "{\"number\":\"%s\",\"type\":\"RESIDENTIAL\"}".formatted(account)).with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.customerId").value(created.id()));
        mvc.perform(json(post(base + "/addresses"), "{\"text\":\"上海市杨浦区国定路1号\",\"areaCode\":\"310110\"}")
                        .with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.areaCode").value("310110"));
        mvc.perform(get(base).with(TestUsers.as(Role.AGENT)))
                .andExpect(jsonPath("$.contactPoints", hasSize(0)))
                .andExpect(jsonPath("$.accounts", hasSize(1)))
                .andExpect(jsonPath("$.addresses", hasSize(1)));
    }

    @Test
    void flagsSensitiveCustomersAndDoNotCallWithTheirReasons() throws Exception {
        var created = register(customers, person(uniqueName("孙"), mobile(), null, null));
        String base = "/api/v1/customers/" + created.id();
        mvc.perform(json(post(base + "/sensitive"), "{\"sensitive\":true}").with(TestUsers.as(Role.TEAM_LEAD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(json(post(base + "/sensitive"), "{\"sensitive\":true,\"reason\":\"多次投诉\"}")
                        .with(TestUsers.as(Role.TEAM_LEAD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sensitive").value(true))
                .andExpect(jsonPath("$.sensitiveReason").value("多次投诉"));
        mvc.perform(json(post(base + "/do-not-call"), "{\"doNotCall\":true}").with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("source"));
        mvc.perform(json(post(base + "/do-not-call"), "{\"doNotCall\":true,\"source\":\"客户来电要求\"}")
                        .with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.doNotCall").value(true))
                .andExpect(jsonPath("$.consents[0].channel").value("PHONE"))
                .andExpect(jsonPath("$.consents[0].granted").value(false));
        mvc.perform(json(post(base + "/consents"), "{\"channel\":\"SMS\",\"granted\":true,\"source\":\"营业厅登记\"}")
                        .with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consents", hasSize(2)));
    }

    @Test
    void mergesAndShowsTheTimelineOfTheSurvivor() throws Exception {
        String phone = mobile();
        var survivor = register(customers, person(uniqueName("周"), mobile(), null, null));
        var duplicate = register(customers, person(uniqueName("周"), phone, null, null));
        mvc.perform(get("/api/v1/customers/" + survivor.id() + "/duplicates").with(TestUsers.as(Role.TEAM_LEAD)))
                .andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/customers/merge"), "{\"survivorId\":%d}".formatted(survivor.id()))
                        .with(TestUsers.as(Role.TEAM_LEAD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("duplicateIds"));
        mvc.perform(json(post("/api/v1/customers/merge"), "{\"survivorId\":%d,\"duplicateIds\":[%d]}"
                        .formatted(survivor.id(), duplicate.id())).with(TestUsers.as(Role.TEAM_LEAD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(survivor.id()))
                .andExpect(jsonPath("$.contactPoints[*].value").value(hasItem(phone)));
        mvc.perform(json(post("/api/v1/customers/merge"), "{\"survivorId\":%d,\"duplicateIds\":[%d]}"
                        .formatted(duplicate.id(), survivor.id())).with(TestUsers.as(Role.TEAM_LEAD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("illegal-transition"))
                .andExpect(jsonPath("$.currentStatus").value("MERGED"));
        mvc.perform(get("/api/v1/customers/" + duplicate.id()).with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MERGED"))
                .andExpect(jsonPath("$.mergedInto").value(survivor.id()));
        mvc.perform(get("/api/v1/customers/" + duplicate.id() + "/timeline").param("kind", "archive")
                        .with(TestUsers.as(Role.QA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].reference").value(hasItem("merged")));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
