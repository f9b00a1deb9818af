package hotline.customer;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;

import static hotline.customer.CustomerFixtures.accountNumber;
import static hotline.customer.CustomerFixtures.mobile;
import static hotline.customer.CustomerFixtures.register;
import static hotline.customer.CustomerFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Masking per role, everywhere (ADR 0020): agents, team leads and supervisors see contact values; quality
 * inspectors, managers, administrators and department staff see 138****1234 in pages, the API and exports.
 */
@HotlineWebTest
class CustomerMaskingTests {

    static final Set<Role> FULL = EnumSet.of(Role.AGENT, Role.TEAM_LEAD, Role.SUPERVISOR);

    @Autowired
    MockMvc mvc;
    @Autowired
    Customers customers;

    String phone;
    String masked;
    String email;
    String name;
    CustomerView customer;

    @BeforeEach
    void customerWithANumberAndAnEmail() {
        phone = mobile();
        masked = phone.substring(0, 3) + "****" + phone.substring(7);
        email = "mask" + phone + "@example.com";
        name = uniqueName("脱敏");
        customer = register(customers, new NewCustomer(name, CustomerKind.PERSON, null, 0, null, List.of(),
                List.of(new NewContactPoint(ContactType.MOBILE, phone, null),
                        new NewContactPoint(ContactType.EMAIL, email, null)),
                List.of(new NewAccount(accountNumber(), AccountType.RESIDENTIAL, null)), List.of()));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void theApiShowsNumbersOnlyToRolesThatHandleCustomers(Role role) throws Exception {
        boolean full = FULL.contains(role);
        mvc.perform(get("/api/v1/customers/" + customer.id()).with(TestUsers.as(role)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phoneMasked").value(!full))
                .andExpect(jsonPath("$.contactPoints[0].value").value(full ? phone : masked))
                .andExpect(jsonPath("$.contactPoints[1].value").value(full ? email : "m***@example.com"));
        mvc.perform(get("/api/v1/customers").param("phone", phone).with(TestUsers.as(role)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].phones[0]").value(full ? phone : masked))
                .andExpect(jsonPath("$[0].phoneMasked").value(!full));
        mvc.perform(get("/api/v1/customers").param("name", name).param("sort", "NAME").with(TestUsers.as(role)))
                .andExpect(jsonPath("$[0].phones[0]").value(full ? phone : masked));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void pagesShowNumbersOnlyToRolesThatHandleCustomers(Role role) throws Exception {
        boolean full = FULL.contains(role);
        mvc.perform(get("/customers/" + customer.id()).with(TestUsers.as(role)))
                .andExpect(status().isOk())
                .andExpect(content().string(full ? containsString(phone) : not(containsString(phone))))
                .andExpect(content().string(full ? not(containsString(masked)) : containsString(masked)))
                .andExpect(content().string(full ? containsString(email) : not(containsString(email))));
        mvc.perform(get("/customers").param("name", name).with(TestUsers.as(role)))
                .andExpect(status().isOk())
                .andExpect(content().string(full ? containsString(phone) : not(containsString(phone))));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"TEAM_LEAD", "SUPERVISOR", "MANAGER", "ADMIN"})
    void exportsShowNumbersOnlyToRolesThatHandleCustomers(Role role) throws Exception {
        String sheet = export(TestUsers.as(role));
        assertThat(sheet).as("the row of the customer (CJK is written as character references)")
                .contains(name.substring(2));
        if (FULL.contains(role)) {
            assertThat(sheet).contains(phone);
        } else {
            assertThat(sheet).contains(masked).doesNotContain(phone);
        }
    }

    @Test
    void anAdministratorWhoIsAlsoAnAgentSeesNumbers() throws Exception {
        var adminAgent = TestUsers.as(920_001, "admin-agent", Role.ADMIN, Role.AGENT);
        mvc.perform(get("/api/v1/customers/" + customer.id()).with(adminAgent))
                .andExpect(jsonPath("$.contactPoints[0].value").value(phone))
                .andExpect(jsonPath("$.phoneMasked").value(false));
        var adminManager = TestUsers.as(920_002, "admin-manager", Role.ADMIN, Role.MANAGER);
        mvc.perform(get("/api/v1/customers/" + customer.id()).with(adminManager))
                .andExpect(jsonPath("$.contactPoints[0].value").value(masked));
    }

    @Test
    void theFacadeMasksForWhoeverCallsIt() {
        assertThat(Acting.as(() -> customers.identify(phone), Role.DEPARTMENT))
                .singleElement().satisfies(s -> assertThat(s.phones()).containsExactly(masked));
        assertThat(Acting.as(() -> customers.summaries(List.of(customer.id())), Role.QA).get(customer.id()).phones())
                .containsExactly(masked);
        assertThat(Acting.as(() -> customers.identify(phone), Role.AGENT))
                .singleElement().satisfies(s -> assertThat(s.phones()).containsExactly(phone));
    }

    private String export(RequestPostProcessor user) throws Exception {
        var started = mvc.perform(get("/customers/export").param("name", name).with(user))
                .andExpect(request().asyncStarted()).andReturn();
        var result = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
        return xlsxText(result.getResponse().getContentAsByteArray());
    }

    /** All text of an .xlsx file: the XML parts of the zip, where fastexcel writes the cells. */
    static String xlsxText(byte[] xlsx) throws IOException {
        var file = java.nio.file.Files.createTempFile("customers", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            var text = new StringBuilder();
            try (var zip = new ZipFile(file.toFile())) {
                for (var entry : java.util.Collections.list(zip.entries())) {
                    if (entry.getName().endsWith(".xml")) {
                        text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            return text.toString();
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
