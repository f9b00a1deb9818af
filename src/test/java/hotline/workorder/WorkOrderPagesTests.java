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
    @Autowired
    WorkOrderQueries queries;
    @Autowired
    WorkOrderSettings settings;

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
    void leadsAndSupervisorsHaveABoardOfWhatWasEscalatedToThem() throws Exception {
        var toLead = as(f.agent, () -> orders.accept(f.complaint("13500000011", f.departmentId)));
        as(f.agent, () -> orders.escalate(toLead.id(), new Commands.Escalate(hotline.platform.security.Role.TEAM_LEAD,
                "客户情绪激动，要求组长处理")));
        var toSupervisor = as(f.agent, () -> orders.accept(f.complaint("13500000012", f.departmentId)));
        as(f.agent, () -> orders.escalate(toSupervisor.id(), new Commands.Escalate(
                hotline.platform.security.Role.SUPERVISOR, "涉及多个部门")));

        String lead = mvc.perform(get("/work-orders").param("view", "ESCALATED").with(user(f.lead))
                        .locale(java.util.Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(lead).contains("上报给我").contains(toLead.number()).doesNotContain(toSupervisor.number())
                .contains("已上报组长");
        assertThat(as(f.lead, () -> queries.counts()).escalated()).isEqualTo(1);

        String supervisor = mvc.perform(get("/work-orders").param("view", "ESCALATED").with(user(f.supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(supervisor).contains(toSupervisor.number()).doesNotContain(toLead.number());
        mvc.perform(get("/work-orders").param("view", "ESCALATED").with(user(f.manager)))
                .andExpect(content().string(containsString(toLead.number())))
                .andExpect(content().string(containsString(toSupervisor.number())));
        // an agent has no such board: the view answers nothing for them
        mvc.perform(get("/work-orders").param("view", "ESCALATED").with(user(f.agent)))
                .andExpect(content().string(not(containsString(toLead.number()))));
    }

    @Test
    void theListFiltersByCategoryAndTheExportHoldsWhatTheListShows() throws Exception {
        var category = hotline.platform.security.SystemActor.call(() -> settings.saveCategory(new Category(null, WorkOrderType.COMPLAINT, null,
                "meter-" + f.agent.username(), "电表" + f.agent.username(), null, 0, true, 0)));
        var request = f.complaint("13500000013", f.departmentId);
        var inCategory = as(f.agent, () -> orders.accept(new NewWorkOrder(request.type(), category.id(),
                request.urgency(), false, request.title(), request.description(), request.channel(),
                request.contactRef(), null, request.customerName(), request.customerPhone(), request.customerAddress(),
                request.accountNumber(), f.departmentId, null)));
        var other = as(f.agent, () -> orders.accept(f.complaint("13500000014", f.departmentId)));

        mvc.perform(get("/work-orders").with(user(f.supervisor)))
                .andExpect(content().string(containsString("name=\"categoryId\"")))
                .andExpect(content().string(containsString(category.name())));
        mvc.perform(get("/work-orders").param("view", "ALL").param("categoryId", String.valueOf(category.id()))
                        .with(user(f.supervisor)))
                .andExpect(content().string(containsString(inCategory.number())))
                .andExpect(content().string(not(containsString(other.number()))));

        // the export link carries every filter of the list, the order number included
        String page = mvc.perform(get("/work-orders").param("view", "ALL").param("number", other.number())
                .param("status", "DISPATCHED")
                .with(user(f.supervisor))).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("id=\"export\"[^>]*number=" + other.number())
                .containsPattern("id=\"export\"[^>]*status=DISPATCHED");
        // so do the previous / next links of a list longer than a page
        for (int i = 0; i < 51; i++) {
            as(f.agent, () -> orders.accept(new NewWorkOrder(request.type(), category.id(), request.urgency(), false,
                    request.title(), request.description(), request.channel(), null, null, request.customerName(),
                    request.customerPhone(), request.customerAddress(), request.accountNumber(), f.departmentId, null)));
        }
        String first = mvc.perform(get("/work-orders").param("view", "ALL").param("categoryId", String.valueOf(category.id()))
                .param("status", "DISPATCHED").with(user(f.supervisor))).andReturn().getResponse().getContentAsString();
        assertThat(first).containsPattern("href=\"[^\"]*categoryId=" + category.id() + "[^\"]*page=1\"")
                .containsPattern("href=\"[^\"]*status=DISPATCHED[^\"]*page=1\"");
        var xlsx = mvc.perform(get("/work-orders/export").param("number", other.number()).with(user(f.supervisor)))
                .andExpect(status().isOk()).andReturn();
        xlsx.getAsyncResult();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCellText(0)).isEqualTo(other.number());
        }
    }

    @Test
    void exportsTheListAsExcel() throws Exception {
        mvc.perform(get("/work-orders/export").with(user(f.lead)).param("view", "OVERDUE"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
    }
}
