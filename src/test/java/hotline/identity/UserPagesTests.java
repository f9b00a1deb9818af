package hotline.identity;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The user administration pages, as full pages and as htmx fragments, in both languages. */
@HotlineWebTest
class UserPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;

    @Test
    void listPageIsAWholePageAndItsFilterAnswersOnlyTheRows() throws Exception {
        var user = SystemActor.call(() -> users.create(new NewUser("page" + UUID.randomUUID().toString().substring(0, 6),
                "页面测试", "Secret-pass-9", null, null, Set.of(Role.QA))));
        mvc.perform(get("/admin/users").with(TestUsers.as(Role.ADMIN)).param("lang", "zh_CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<nav")))
                .andExpect(content().string(containsString("用户")))
                .andExpect(content().string(containsString(user.username())));
        mvc.perform(get("/admin/users").with(TestUsers.as(Role.ADMIN)).header("HX-Request", "true")
                        .param("text", user.username()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<nav"))))
                .andExpect(content().string(containsString("<tr")))
                .andExpect(content().string(containsString(user.username())));
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        mvc.perform(get("/admin/users").with(TestUsers.as(Role.ADMIN)).param("lang", "en"))
                .andExpect(content().string(containsString("New user")))
                .andExpect(header().string("Set-Cookie", containsString("hotline-lang=en")));
    }

    @Test
    void showsFieldErrorsInsteadOfLosingTheForm() throws Exception {
        mvc.perform(post("/admin/users").with(TestUsers.as(Role.ADMIN)).with(csrf()).param("lang", "en")
                        .param("username", "ok-name").param("displayName", "Kept").param("password", "short")
                        .param("roles", "AGENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("value=\"Kept\"")));
    }

    @Test
    void createsAUserFromTheForm() throws Exception {
        String name = "form" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/users").with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .param("username", name).param("displayName", "表单用户").param("password", "Secret-pass-9")
                        .param("roles", "AGENT", "QA"))
                .andExpect(status().is3xxRedirection());
        org.assertj.core.api.Assertions.assertThat(users.findByUsername(name).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.AGENT, Role.QA);
    }

    @Test
    void exportsTheListAsExcel() throws Exception {
        mvc.perform(get("/admin/users/export").with(TestUsers.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
    }
}
