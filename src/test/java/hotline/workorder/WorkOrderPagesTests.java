package hotline.workorder;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.identity.Users;
import hotline.organization.Departments;
import hotline.organization.Teams;
import hotline.platform.security.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static hotline.workorder.LoopFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The console pages: boards as pages and fragments, the intake form, the order page's actions. */
@HotlineWebTest
class WorkOrderPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkOrders orders;
    @Autowired
    Users users;
    @Autowired
    Departments departments;
    @Autowired
    Teams teams;

    LoopFixture f;

    @BeforeEach
    void center() {
        f = new LoopFixture(users, departments, teams);
    }

    static RequestPostProcessor user(Actor actor) {
        return TestUsers.as(actor.id(), actor.username(), actor.roles().toArray(hotline.platform.security.Role[]::new));
    }

    @Test
    void theInboxIsAPageAndItsFilterAnswersOnlyTheRows() throws Exception {
        var order = as(f.agent, () -> orders.accept(f.complaint("13500000001", f.departmentId)));
        mvc.perform(get("/work-orders").with(user(f.staff)).param("lang", "zh_CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("部门待办")))
                .andExpect(content().string(containsString(order.number())));
        mvc.perform(get("/work-orders").with(user(f.staff)).header("HX-Request", "true").param("view", "INBOX"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<nav"))))
                .andExpect(content().string(containsString(order.number())));
    }

    @Test
    void theIntakeFormPrefillsTheCallerAndKeepsTypedTextOnError() throws Exception {
        mvc.perform(get("/work-orders/new").with(user(f.agent)).param("customerPhone", "13500000002")
                        .param("customerName", "钱七").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"13500000002\"")))
                .andExpect(content().string(containsString("accesskey=\"t\"")));
        mvc.perform(post("/work-orders").with(user(f.agent)).with(csrf()).param("type", "COMPLAINT")
                        .param("urgency", "NORMAL").param("channel", "PHONE").param("title", "")
                        .param("description", "这段文字不能丢"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("这段文字不能丢")))
                .andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void acceptsFromTheFormAndShowsTheOrder() throws Exception {
        var result = mvc.perform(post("/work-orders").with(user(f.agent)).with(csrf()).param("type", "REPAIR")
                        .param("urgency", "URGENT").param("channel", "PHONE").param("title", "路灯不亮")
                        .param("description", "小区门口路灯三天不亮").param("customerPhone", "13500000003")
                        .param("departmentId", Long.toString(f.departmentId)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/work-orders/*"))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(f.staff)).param("lang", "zh_CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("路灯不亮")))
                .andExpect(content().string(containsString("id=\"form-sign-off\"")))
                .andExpect(content().string(not(containsString("id=\"form-dispatch\""))));
    }

    @Test
    void aRefusedActionShowsAnAlertInsteadOfLosingThePage() throws Exception {
        var order = as(f.agent, () -> orders.accept(f.complaint("13500000004", f.departmentId)));
        mvc.perform(post("/work-orders/{id}/sign-off", order.id()).with(user(f.staff)).with(csrf())
                        .header("HX-Request", "true").param("version", "99"))
                .andExpect(status().isConflict())
                .andExpect(header().string("HX-Retarget", "#messages"))
                .andExpect(content().string(containsString("alert")));
        mvc.perform(post("/work-orders/{id}/sign-off", order.id()).with(user(f.staff)).with(csrf())
                        .header("HX-Request", "true").param("version", Long.toString(order.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"order\"")));
    }

    @Test
    void theAuditTrailSaysWhoChangedWhatInTheReadersLanguage() throws Exception {
        var order = as(f.agent, () -> orders.accept(f.complaint("13500000005", f.departmentId)));
        as(f.staff, () -> orders.signOff(order.id(), new Commands.Versioned(order.version())));
        var page = mvc.perform(get("/work-orders/{id}", order.id()).with(user(f.supervisor)).param("lang", "zh_CN"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var trail = page.substring(page.indexOf("audit-line"));
        assertThat(trail).contains("签收").contains(f.staff.username())
                .containsPattern("状态</span>:\\s*<span>已派单</span>\\s*→\\s*<span>已签收</span>")
                .doesNotContain("{\"status\"").doesNotContain("\"dueAt\"");
    }

    @Test
    void exportsTheListAsExcel() throws Exception {
        mvc.perform(get("/work-orders/export").with(user(f.lead)).param("view", "OVERDUE"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
    }
}
